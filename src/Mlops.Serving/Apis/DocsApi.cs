
namespace Mlops.Serving.Apis;

/// <summary>GET /docs: a self-contained page (no CDN, works offline) that renders the OpenAPI document.</summary>
public static class DocsApi
{
    public const string OpenApiPath = "/openapi/v1.json";

    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>mlops prediction server</title>
        <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code,pre{background:#f4f4f4;padding:.1rem .3rem}
        .op{border:1px solid #ddd;border-radius:6px;margin:.8rem 0;padding:.6rem 1rem}.m{font-weight:bold;margin-right:.6rem}</style></head>
        <body><h1>mlops prediction server</h1>
        <p>OpenAPI document: <a href="/openapi/v1.json">/openapi/v1.json</a>. Model signature: <a href="/model/info">/model/info</a>.
        Example: <code>curl -s localhost:5080/predict -H 'Content-Type: application/json' -d @record.json</code></p>
        <div id="ops">Loading…</div>
        <script>
        fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
          const ops = document.getElementById('ops'); ops.textContent = '';
          for (const [path, item] of Object.entries(doc.paths || {})) {
            for (const [method, op] of Object.entries(item)) {
              const div = document.createElement('div'); div.className = 'op';
              const head = document.createElement('div');
              const m = document.createElement('span'); m.className = 'm'; m.textContent = method.toUpperCase();
              const p = document.createElement('code'); p.textContent = path;
              head.append(m, p); div.append(head);
              const s = document.createElement('p'); s.textContent = op.summary || ''; div.append(s);
              const codes = document.createElement('p'); codes.textContent = 'Responses: ' + Object.keys(op.responses || {}).join(', ');
              div.append(codes); ops.append(div);
            }
          }
        }).catch(e => { document.getElementById('ops').textContent = 'Could not load the OpenAPI document: ' + e; });
        </script></body></html>
        """;

    public static IEndpointRouteBuilder MapDocsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/docs", () => TypedResults.Content(Page, "text/html; charset=utf-8")).WithName("Docs").ExcludeFromDescription();
        return app;
    }
}
