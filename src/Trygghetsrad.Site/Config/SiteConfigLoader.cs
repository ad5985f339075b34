using System.Text.RegularExpressions;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Config;

/// <summary>Reads and checks <c>site.yml</c>.</summary>
public static partial class SiteConfigLoader
{
    private static readonly string[] Keys =
        ["name", "organisation", "description", "meeting_title", "base_url", "base_path", "language", "contact", "allowed_email_domains"];

    private static readonly string[] ContactKeys = ["name", "email", "phone", "url"];

    /// <summary>Loads the file; returns null (with diagnostics) when it is missing or wrong.</summary>
    public static SiteConfig? Load(string path, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(path);
        return StageFailure.Run("läsa inställningarna", display, () => Load(path, display, diagnostics));
    }

    private static SiteConfig? Load(string path, string display, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(path, display, diagnostics);
        if (text is null)
        {
            return null;
        }

        var reader = new YamlFieldReader(display, 0, diagnostics);
        if (!reader.TryLoad(text, out var root))
        {
            return null;
        }

        if (root is null)
        {
            diagnostics.Error(SourceLocation.StartOf(display), "site.yml är tom – den ska ange name, organisation, base_url och contact");
            return null;
        }

        var map = reader.Mapping(root, "site.yml", Keys);
        var name = reader.RequiredText(map, "name", root, "webbplatsens namn behövs");
        var organisation = reader.RequiredText(map, "organisation", root, "organisationens namn behövs");
        var baseUrl = reader.RequiredText(map, "base_url", root, "webbplatsens adress behövs, till exempel https://www.hallstahammar.se");
        baseUrl = AbsoluteUrl(reader, map, "base_url", "'base_url'", baseUrl);

        var language = reader.Text(map, "language") ?? "sv";
        ContactInfo? contact = null;
        if (map.TryGetValue("contact", out var contactEntry))
        {
            var contactMap = reader.Mapping(contactEntry.Value, "contact", ContactKeys);
            var contactName = reader.RequiredText(contactMap, "name", contactEntry.Value, "vem invånarna kan kontakta");
            contact = contactName is null
                ? null
                : new ContactInfo(contactName, EmailAddress(reader, contactMap, reader.Text(contactMap, "email")), reader.Text(contactMap, "phone"), AbsoluteUrl(reader, contactMap, "url", "'url' i contact", reader.Text(contactMap, "url")));
        }
        else
        {
            diagnostics.Error(reader.At(root), "'contact' saknas – sidfoten ska visa hur invånarna når rådet");
        }

        if (name is null || organisation is null || baseUrl is null || contact is null)
        {
            return null;
        }

        return new SiteConfig(
            name,
            organisation,
            reader.Text(map, "description") ?? "",
            reader.Text(map, "meeting_title") ?? "Trygghetsråd",
            baseUrl.TrimEnd('/'),
            BasePathRule.Normalize(reader.Text(map, "base_path") ?? "/"),
            language,
            contact)
        {
            AllowedEmailDomains = reader.TextList(map, "allowed_email_domains")?.Select(d => d.Value.Trim().TrimStart('@').ToLowerInvariant()).ToList() ?? [],
        };
    }

    // An address the pages link to from every page: refused here, at its line, rather than by the link check on
    // every page (where no editor would find it).
    private static string? AbsoluteUrl(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map, string key, string shown, string? url)
    {
        if (url is null || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return url;
        }

        reader.Diagnostics.Error(reader.At(map[key].Value), $"{shown} ska vara en absolut adress som börjar med https://, men är '{Excerpt.Of(url)}'");
        return null;
    }

    // The footer's mailto link, refused here for the same reason: one address, a name, @ and a domain with a dot,
    // with nothing that ends or breaks a link (space, brackets, quotes, commas).
    private static string? EmailAddress(YamlFieldReader reader, IReadOnlyDictionary<string, YamlEntry> map, string? email)
    {
        if (email is null || PlainEmailAddress().IsMatch(email))
        {
            return email;
        }

        reader.Diagnostics.Error(reader.At(map["email"].Value), $"'email' i contact ska vara en e-postadress som kommun@hallstahammar.se, men är '{Excerpt.Of(email)}'");
        return null;
    }

    [GeneratedRegex(@"^[^\s@<>()\[\]""',;:]+@[^\s@<>()\[\]""',;:.]+(\.[^\s@<>()\[\]""',;:.]+)+$")]
    private static partial Regex PlainEmailAddress();
}
