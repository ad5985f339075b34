using Microsoft.Playwright;

namespace Trygghetsrad.Site.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian chromium for a test class (xunit class fixture). Playwright drives the system
/// browser; nothing is downloaded.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>Where Debian installs chromium; override with CHROMIUM_PATH.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>The launched browser.</summary>
    public IBrowser Instance { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}. Run scripts/test.sh, which installs it (apt-get install -y chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh page at the given viewport width and colour scheme, in the time zone <paramref name="timezoneId"/> when given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true, string? timezoneId = null)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            Locale = "sv-SE",
            TimezoneId = timezoneId,
        });
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
