using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server.Web;

/// <summary>
/// Errors a person meets in the browser (an address that does not exist, a missing key, a failure on the server)
/// come as an Arabic page; API clients, and anyone who asks for JSON, keep RFC 7807 problem+json. A request is a
/// browser's when it accepts HTML and is not under <c>/api</c> or <c>/openapi</c>.
/// </summary>
public static class ErrorPages
{
    public static bool WantsHtml(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi")) return false;
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Arabic page of a status code, with a way back.</summary>
    public static string Page(int status) => Html.Page(Title(status), "", $"<h1>{Title(status)}</h1>\n<p>{Explanation(status)}</p>\n"
        + "<p><a href=\"/\">العودة إلى الوثائق</a> · <a href=\"/search\">البحث</a></p>");

    private static string Title(int status) => status switch
    {
        StatusCodes.Status404NotFound => "الصفحة غير موجودة",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "يلزم مفتاح الوصول",
        StatusCodes.Status400BadRequest => "تعذّر فهم الطلب",
        StatusCodes.Status405MethodNotAllowed => "الطريقة غير مسموحة",
        >= 500 => "حدث خطأ في الخادم",
        _ => "تعذّر عرض الصفحة",
    };

    private static string Explanation(int status) => status switch
    {
        StatusCodes.Status404NotFound => "لا توجد صفحة بهذا العنوان. ربما تغيّر الرابط أو كُتب خطأ.",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "هذا الخادم يطلب مفتاح الوصول لقراءة البيانات؛ اطلبه من مسؤول الخادم.",
        StatusCodes.Status400BadRequest => "في عنوان الصفحة قيمة لا يمكن فهمها؛ راجع المرشحات وأعد المحاولة.",
        >= 500 => "لم يكتمل الطلب بسبب خطأ داخلي، وسُجّل للمراجعة. أعد المحاولة بعد قليل.",
        _ => $"رمز الحالة {status}.",
    };

    /// <summary>Status code pages: HTML for the browser, problem details otherwise.</summary>
    public static async Task WriteStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (WantsHtml(http.Request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Page(http.Response.StatusCode));
            return;
        }
        var problems = http.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        if (problems is not null) await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http });
    }

    /// <summary>An unhandled failure: HTML for the browser, problem details otherwise.</summary>
    public static async Task WriteExceptionAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (WantsHtml(http.Request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(Page(StatusCodes.Status500InternalServerError));
            return;
        }
        var problems = http.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        if (problems is not null)
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, Exception = http.Features.Get<IExceptionHandlerFeature>()?.Error });
    }
}
