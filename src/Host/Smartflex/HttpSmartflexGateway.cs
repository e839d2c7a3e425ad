using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.Timeout;
using WorkflowArchive.Activities.Smartflex;
using WorkflowArchive.Workflows.Activities;

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
                throw Failed($"answered {(int)response.StatusCode} {response.ReasonPhrase} for order {orderNumber}{AfterAttempts}");
            var sale = await response.Content.ReadFromJsonAsync<SmartflexSale>(Json, cancellationToken);
            return Checked(sale, orderNumber);
        }
        catch (TimeoutRejectedException)
        {
            throw Failed($"did not answer for order {orderNumber} within {options.TimeoutSeconds:0.###} s{AfterAttempts}");
        }
        catch (HttpRequestException e)
        {
            throw Failed($"could not be reached for order {orderNumber}{AfterAttempts}: {e.Message}");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw Failed($"answered order {orderNumber} with something that is not a sale: {e.Message}");
        }
    }

    private string AfterAttempts => $" ({options.Retries + 1} attempt(s))";

    private SmartflexSale Checked(SmartflexSale? sale, string orderNumber)
    {
        if (sale is null) throw Failed($"answered order {orderNumber} with an empty body");
        string?[] required = [sale.OrderNumber, sale.CustomerDocument, sale.CustomerName, sale.ServiceCode, sale.TransactionCode, sale.AdvisorCode];
        if (required.Any(string.IsNullOrWhiteSpace) || sale.SaleDate == default)
            throw Failed($"answered order {orderNumber} with a sale missing some of its fields");
        if (!string.Equals(sale.OrderNumber.Trim(), orderNumber.Trim(), StringComparison.OrdinalIgnoreCase))
            throw Failed($"answered order {orderNumber} with order {sale.OrderNumber}");
        return sale;
    }

    private ActivityFailedException Failed(string what) =>
        new($"Smartflex ({http.BaseAddress}) {what}. Retry the step once Smartflex answers again.");
}
