using Microsoft.Playwright;
using Mlops.Browser.Tests.Browser;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Registry;
using Mlops.Web.Registry;

namespace Mlops.Browser.Tests.Ui;

/// <summary>The alias action end to end: signed in it moves the alias; without the token, or without the form's antiforgery token, nothing moves.</summary>
[Collection(RegistryPagesCollection.Name)]
public sealed class RegistryActionsTests(ChromiumFixture chromium, RegistryPagesFixture server)
{
    private const string Model = RegistryPagesFixture.Model;

    [BrowserFact]
    public async Task SetAlias_SignedInAndConfirmed_IsWhatRegistryVersionsShows()
    {
        var page = await SignInAsync(RegistryRoutes.Version(Model, 1), "**/models/version?**");

        await page.FillAsync("#set-alias-form input[name=alias]", "ui-picked");
        await page.ClickAsync("#set-alias-form button");
        await page.WaitForURLAsync("**/models/confirm?**");
        Assert.Contains("Point alias 'ui-picked'", await page.Locator("#change").InnerTextAsync());
        Directory.CreateDirectory(UiPages.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiPages.ScreenshotFolder, "confirm-filled.png"), FullPage = true });
        await page.FillAsync("input[name=Who]", "tester");
        await page.FillAsync("input[name=Reason]", "browser test");
        await page.ClickAsync("#confirm");
        await page.WaitForURLAsync("**/models/version?**");

        Assert.Equal(1, (await server.Stores.Registry.GetModelVersionByAliasAsync(Model, "ui-picked")).Version);
        var versions = await CliProcess.RunAsync(server.Workspace.Root, "registry", "versions", Model, "--tracking-uri", server.Workspace.TrackingUri);
        Assert.Equal(0, versions.ExitCode);
        Assert.Contains("ui-picked", versions.Stdout);
        var move = Assert.Single(await server.Stores.Registry.ListAliasMovesAsync(Model, "ui-picked"));
        Assert.Equal((null, 1, "ui:tester", "browser test"), (move.FromVersion, move.ToVersion, move.Actor, move.Reason));
    }

    [BrowserFact]
    public async Task SetAlias_AliasMovedAfterTheConfirmationWasShown_IsAConflictAndNothingMoves()
    {
        var url = new RegistryAction(RegistryAction.SetAlias, Model, 1, "raced", null, false).ConfirmUrl;
        var page = await SignInAsync(url, "**/models/confirm?**");
        Assert.Contains("(now not set)", await page.Locator("#change").InnerTextAsync());
        await server.Stores.Registry.SetAliasAsync(Model, "raced", 1);
        await page.FillAsync("input[name=Who]", "late");

        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#confirm"), r => r.Request.Method == "POST");

        Assert.Equal(409, response.Status);
        Assert.Contains("moved since this page was shown (now v1)", await page.Locator("#action-error").InnerTextAsync());
        var move = Assert.Single(await server.Stores.Registry.ListAliasMovesAsync(Model, "raced"));
        Assert.Equal(AliasChangeNote.Unattributed.Actor, move.Actor);
    }

    [BrowserFact]
    public async Task SetAlias_ConfirmedWithoutSigningIn_IsRefusedAndNothingMoves()
    {
        var url = new RegistryAction(RegistryAction.SetAlias, Model, 1, "not-signed-in", null, false).ConfirmUrl;
        var page = await UiPages.OpenAsync(chromium, server.Url(url), "confirm-anonymous");
        await page.FillAsync("input[name=Who]", "intruder");

        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#confirm"), r => r.Request.Method == "POST");

        Assert.Equal(401, response.Status);
        Assert.Equal(1, await page.Locator("#write-refused").CountAsync());
        var model = await server.Stores.Registry.GetRegisteredModelAsync(Model);
        Assert.False(model.Aliases.ContainsKey("not-signed-in"));
    }

    [BrowserFact]
    public async Task SetAlias_PostWithTheLoginCookieButNoAntiforgeryToken_IsRefused()
    {
        var url = new RegistryAction(RegistryAction.SetAlias, Model, 1, "forged", null, false).ConfirmUrl;
        var page = await chromium.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = Web.Auth.UiAccess.CookieName, Value = RegistryPagesFixture.Token, Url = server.BaseAddress.AbsoluteUri }]);

        var response = await page.APIRequest.PostAsync(server.Url(url).AbsoluteUri, new()
        {
            Form = page.APIRequest.CreateFormData().Set("_handler", "confirm").Set("Who", "forger"),
        });

        Assert.Equal(400, response.Status);
        var model = await server.Stores.Registry.GetRegisteredModelAsync(Model);
        Assert.False(model.Aliases.ContainsKey("forged"));
    }

    private async Task<IPage> SignInAsync(string returnTo, string landedOn)
    {
        var page = await UiPages.OpenAsync(chromium, server.Url("/login?return=" + Uri.EscapeDataString(returnTo)), "login-form");
        await page.FillAsync("#token", RegistryPagesFixture.Token);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(landedOn);
        return page;
    }
}
