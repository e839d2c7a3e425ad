namespace WorkflowArchive.Host.Application;

// What the Manifest endpoints and pages take and give.

public sealed record ReceptionInput(string ReceiptNumber);
