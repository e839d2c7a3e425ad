using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Activities.Lifecycle;
using WorkflowArchive.Activities.Requests;
using WorkflowArchive.Activities.Smartflex;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers every document-lifecycle activity the shipped workflows use, and the Smartflex port.</summary>
    public static IServiceCollection AddDocumentLifecycleActivities(this IServiceCollection services)
    {
        services.AddScoped<ISmartflexGateway, LocalSmartflexSales>();
        services.AddScoped<IWorkflowActivity, RegisterDossierActivity>();
        services.AddScoped<IWorkflowActivity, SmartflexVerificationActivity>();
        services.AddScoped<IWorkflowActivity, ChecklistValidationActivity>();
        services.AddScoped<IWorkflowActivity, RegisterReturnActivity>();
        services.AddScoped<IWorkflowActivity, EscalateOverdueCorrectionActivity>();
        services.AddScoped<IWorkflowActivity, ClassifyDossierActivity>();
        services.AddScoped<IWorkflowActivity, ArchiveDossierActivity>();
        services.AddScoped<IWorkflowActivity, TransferToCondebambaActivity>();
        services.AddScoped<IWorkflowActivity, RecordCondebambaReceptionActivity>();
        services.AddScoped<IWorkflowActivity, RegisterRequestActivity>();
        services.AddScoped<IWorkflowActivity, RecordDeliveryActivity>();
        services.AddScoped<IWorkflowActivity, RecordNotFoundActivity>();
        return services;
    }
}
