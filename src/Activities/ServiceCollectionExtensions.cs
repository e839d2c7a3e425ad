using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Activities.Lifecycle;
using WorkflowArchive.Activities.Requests;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Activities;

public static class ServiceCollectionExtensions
{
    /// <summary>The document-lifecycle services and every activity the shipped workflows use.</summary>
    public static IServiceCollection AddDocumentLifecycleActivities(this IServiceCollection services, ArchiveOptions? options = null)
    {
        services.AddSingleton(options ?? new ArchiveOptions());
        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<BusinessCalendar>());
        services.AddSingleton<ClassificationProtocol>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<AuditChainHeads>();
        services.AddSingleton<IGroupCommitRows, AuditChainInBatch>();
        services.AddSingleton<IContextLeaseReset, DossierContextState>();
        services.AddScoped<ISmartflexGateway, SmartflexSimulator>(); // until AddSmartflexSources puts the configured source in its place
        services.AddScoped<RequirementCatalog>();
        services.AddScoped<DossierRegistry>();
        services.AddScoped<BatchRegistration>();
        services.AddScoped<BoxAssignment>();
        services.AddScoped<DossierReadAhead>();
        services.AddScoped<IBatchReadAhead>(sp => sp.GetRequiredService<DossierReadAhead>());
        services.AddScoped<LegalHolds>();
        services.AddScoped<OriginalLoans>();
        services.AddScoped<RetentionPeriods>();
        services.AddScoped<RetentionChange>();
        services.AddScoped<ManifestAssignment>();
        services.AddScoped<ManifestDispatch>();
        services.AddScoped<ManifestReception>();
        services.AddScoped<Attachments>();

        services.AddScoped<IWorkflowActivity, RegisterDossierActivity>();
        services.AddScoped<IWorkflowActivity, SmartflexVerificationActivity>();
        services.AddScoped<IWorkflowActivity, ChecklistValidationActivity>();
        services.AddScoped<IWorkflowActivity, RegisterReturnActivity>();
        services.AddScoped<IWorkflowActivity, RecordCorrectionActivity>();
        services.AddScoped<IWorkflowActivity, EscalateOverdueCorrectionActivity>();
        services.AddScoped<IWorkflowActivity, ClassifyDossierActivity>();
        services.AddScoped<IWorkflowActivity, ArchiveDossierActivity>();
        services.AddScoped<IWorkflowActivity, CheckLegalHoldActivity>();
        services.AddScoped<IWorkflowActivity, TransferToCondebambaActivity>();
        services.AddScoped<IWorkflowActivity, RecordCondebambaReceptionActivity>();
        services.AddScoped<IWorkflowActivity, RegisterRequestActivity>();
        services.AddScoped<IWorkflowActivity, RecordDeliveryActivity>();
        services.AddScoped<IWorkflowActivity, RecordNotFoundActivity>();

        // The contract of each form: what a task of that form key, a binder or a request must be given.
        services.AddScoped<ITaskContract, ChecklistReviewContract>();
        services.AddScoped<ITaskContract, CorrectionContract>();
        services.AddScoped<ITaskContract, ArchiveContract>();
        services.AddScoped<ITaskContract, DeliverDocumentationContract>();
        services.AddScoped<ITaskContract, ConfirmReceptionContract>();
        services.AddScoped<BinderContract>();
        services.AddScoped<RetrievalRequestContract>();
        foreach (var form in new[] { ChecklistReviewContract.Form, CorrectionContract.Form, ArchiveContract.Form, DeliverDocumentationContract.Form,
                     ConfirmReceptionContract.Form, BinderContract.Form, RetrievalRequestContract.Form })
            services.AddSingleton(form);
        services.AddSingleton(BatchRegistration.Starts);
        services.AddSingleton(RetrievalRequestContract.Starts);
        return services;
    }

    /// <summary>The read side: indicators, dossier search and files, audit trails. Needs the services above.</summary>
    public static IServiceCollection AddDocumentLifecycleQueries(this IServiceCollection services)
    {
        services.AddScoped<ProcedureIndicators>();
        services.AddScoped<RetrievalCases>();
        services.AddScoped<DossierSearch>();
        services.AddScoped<DossierFileReader>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditChainLinker>();
        return services;
    }
}
