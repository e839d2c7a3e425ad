using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Polly.Timeout;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Smartflex;

/// <summary>
/// The commercial system itself, over HTTP. Contract:
/// <c>GET {BaseUrl}/orders/{orderNumber}</c> (order number URL-escaped) answers 200 with
/// <c>{"orderNumber":"SF-2027-000123","customerDocument":"4455667 CB","customerName":"Rosa Quiroga Peña",
/// "customerIsCompany":false,"serviceCode":"internet","transactionCode":"venta-nueva","advisorCode":"arojas",
/// "saleDate":"2027-05-28"}</c>, or 404 when Smartflex has no such order. Timeouts, network errors and
/// 5xx/408/429 are retried (see <see cref="SmartflexRegistration"/>); what still fails becomes an
/// <see cref="ActivityFailedException"/>, so a workflow step shows it as an incident a person can retry.
/// </summary>
public sealed class HttpSmartflexGateway(HttpClient http, SmartflexOptions options) : ISmartflexGateway
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string SourceName => $"Smartflex HTTP {http.BaseAddress}";

    public async Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync($"orders/{Uri.EscapeDataString(orderNumber)}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            if (!response.IsSuccessStatusCode)
                throw Failed(HostTexts.SmartflexHttpStatus.With(Source, (int)response.StatusCode, orderNumber, Attempts));
            var sale = await response.Content.ReadFromJsonAsync<SmartflexSale>(Json, cancellationToken);
            return Checked(sale, orderNumber);
        }
        catch (TimeoutRejectedException)
        {
            throw Failed(HostTexts.SmartflexHttpTimeout.With(Source, orderNumber, options.TimeoutSeconds, Attempts));
        }
        catch (HttpRequestException e)
        {
            throw Failed(HostTexts.SmartflexHttpUnreachable.With(Source, orderNumber, Attempts), e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw Failed(HostTexts.SmartflexHttpNotASale.With(Source, orderNumber), e);
        }
    }

    private int Attempts => options.Retries + 1;

    private string Source => http.BaseAddress?.ToString() ?? "";

    private SmartflexSale Checked(SmartflexSale? sale, string orderNumber)
    {
        if (sale is null) throw Failed(HostTexts.SmartflexHttpEmpty.With(Source, orderNumber));
        string?[] required = [sale.OrderNumber, sale.CustomerDocument, sale.CustomerName, sale.ServiceCode, sale.TransactionCode, sale.AdvisorCode];
        if (required.Any(string.IsNullOrWhiteSpace) || sale.SaleDate == default)
            throw Failed(HostTexts.SmartflexHttpIncomplete.With(Source, orderNumber));
        if (!string.Equals(sale.OrderNumber.Trim(), orderNumber.Trim(), StringComparison.OrdinalIgnoreCase))
            throw Failed(HostTexts.SmartflexHttpOtherOrder.With(Source, orderNumber, sale.OrderNumber));
        return sale;
    }

    // The technical cause (connection refused, JSON path) stays on the exception for the logs, out of the person's message.
    private static ActivityFailedException Failed(Text text, Exception? cause = null) => new(text, cause);
}
