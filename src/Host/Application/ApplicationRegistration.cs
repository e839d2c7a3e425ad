namespace WorkflowArchive.Host.Application;

public static class ApplicationRegistration
{
    /// <summary>The use cases the REST API and the web pages share, so both enforce the same rules.</summary>
    public static IServiceCollection AddArchiveApplication(this IServiceCollection services)
    {
        services.AddScoped<TaskActions>();
        services.AddScoped<Security.TaskAssignment>();
        services.AddScoped<PersonNames>();
        services.AddScoped<OutboxActions>();
        services.AddScoped<InboxQuery>();
        services.AddScoped<TaskFormData>();
        services.AddScoped<DossierQueries>();
        services.AddScoped<BatchQueries>();
        services.AddScoped<AdvisorCorrection>();
        services.AddScoped<DossierTimeline>();
        services.AddSingleton<ReadableText>();
        services.AddSingleton<JournalSteps>();
        services.AddScoped<RequestActions>();
        services.AddScoped<ManifestQueries>();
        services.AddScoped<ManifestActions>();
        services.AddScoped<LoanActions>();
        services.AddScoped<CatalogQueries>();
        services.AddScoped<CatalogActions>();
        services.AddScoped<AdvisorQueries>();
        services.AddScoped<AdvisorActions>();
        services.AddScoped<ArchiveLocations>();
        services.AddScoped<PaperSources>();
        services.AddScoped<LegalHoldActions>();
        services.AddScoped<SmartflexImportActions>();
        services.AddScoped<ReconciliationReports>();
        services.AddScoped<InstanceQueries>();
        services.AddScoped<RetentionQueries>();
        services.AddScoped<DefinitionQueries>();
        services.AddScoped<InstanceDiagrams>();
        services.AddScoped<ScanLookup>();
        services.AddScoped<BoxQueries>();
        services.AddScoped<BoxInventories>();
        services.AddScoped<MissingDossiers>();
        services.AddScoped<UnfoundRequests>();
        return services;
    }
}
