using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server.Web;

/// <summary>
/// <c>/reference</c>: the API's operations grouped by tag, rendered on the server from the same endpoint metadata the
/// OpenAPI document is built from, inside the site's own frame (it works without JavaScript).
/// </summary>
public static class ReferencePage
{
    public static ContentHttpResult Render(EndpointDataSource endpoints)
    {
        var operations = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Tag: e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault(),
                Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(o => o.Tag is not null && o.Methods.Count > 0)
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Endpoint.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        body.Append("<h1>واجهة البرمجة (HTTP API)</h1>\n<p>الوصف الكامل بصيغة OpenAPI: <a href=\"/openapi/v1.json\">/openapi/v1.json</a>. ")
            .Append("الكتابة (<code>POST</code>) تتطلب الترويسة <code>").Append(ServerOptions.ApiKeyHeader).Append("</code>. ")
            .Append("الأوصاف أدناه بالإنجليزية كما في وثيقة OpenAPI.</p>\n<div id=\"operations\" class=\"ops\">\n");
        foreach (var group in operations.GroupBy(o => o.Tag!))
        {
            body.Append("<h2>").Append(Html.E(group.Key)).Append("</h2>\n<ul>\n");
            foreach (var (endpoint, _, methods) in group)
            {
                body.Append("<li><span class=\"method\">").Append(Html.E(string.Join(' ', methods))).Append("</span> <code>")
                    .Append(Html.E(endpoint.RoutePattern.RawText)).Append("</code>");
                if (endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary is { } summary)
                    body.Append("<div class=\"meta\">").Append(Html.E(summary)).Append("</div>");
                body.Append("</li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append("</div>\n");
        return TypedResults.Content(Html.Page("واجهة البرمجة", "reference", body.ToString()), "text/html; charset=utf-8", Encoding.UTF8);
    }
}
