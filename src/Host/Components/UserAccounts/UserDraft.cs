using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Components.UserAccounts;

/// <summary>A staff account as the administrator fills in the form: a new one, or the editable part of an existing one.</summary>
public sealed class UserDraft
{
    public bool IsNew { get; private init; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public HashSet<string> Roles { get; } = [];
    public string? AdvisorCode { get; set; }
    public string Password { get; set; } = "";

    public static UserDraft New() => new() { IsNew = true };

    public static UserDraft Of(UserView user)
    {
        var draft = new UserDraft { UserName = user.UserName, DisplayName = user.DisplayName, AdvisorCode = user.AdvisorCode };
        draft.Roles.UnionWith(user.Roles);
        return draft;
    }

    public bool IsAdvisor => Roles.Contains(Security.Roles.Advisor);

    /// <summary>Filled enough to send; the service checks the rest (password rules, the advisor code) and says what is wrong.</summary>
    public bool Ready => !string.IsNullOrWhiteSpace(DisplayName) && Roles.Count > 0 && (!IsAdvisor || !string.IsNullOrWhiteSpace(AdvisorCode))
        && (!IsNew || (!string.IsNullOrWhiteSpace(UserName) && Password.Length > 0));

    public void SetRole(string role, bool on)
    {
        if (on) Roles.Add(role);
        else Roles.Remove(role);
    }

    // Only advisors carry a code: one left in the field from an unticked advisor role is not sent.
    private string? SentAdvisorCode => IsAdvisor && !string.IsNullOrWhiteSpace(AdvisorCode) ? AdvisorCode.Trim() : null;

    public NewUserInput ToNewUser() => new(UserName.Trim(), DisplayName.Trim(), Roles.ToList(), SentAdvisorCode, Password);

    public UserChangesInput ToChanges() => new(DisplayName.Trim(), Roles.ToList(), SentAdvisorCode);
}
