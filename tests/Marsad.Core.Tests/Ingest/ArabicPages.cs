namespace Marsad.Tests.Ingest;

/// <summary>Arabic test material written for these tests: an article and the furniture of a real news page.</summary>
internal static class ArabicPages
{
    public const string Paragraph1 = "أعلنت وزارة الزراعة اليوم الأحد عن خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية، تشمل توزيع البذور المحسنة وتوفير قروض ميسرة بفوائد منخفضة خلال الموسم المقبل.";
    public const string Paragraph2 = "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الخطة تستهدف أكثر من عشرين ألف أسرة ريفية، وإن التنفيذ سيبدأ مطلع الشهر القادم بالتعاون مع الجمعيات التعاونية المحلية.";
    public const string Paragraph3 = "وأضاف أن الوزارة ستنشر تقارير دورية عن سير العمل، داعيا المزارعين إلى التسجيل في مكاتب الإرشاد الزراعي القريبة منهم قبل نهاية المهلة المحددة.";

    public const string Menu = "الرئيسية سياسة اقتصاد رياضة ثقافة";
    public const string Cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك";
    public const string Comment = "تعليق القارئ: مقال رائع شكرا للكاتب";
    public const string Related = "اقرأ أيضا: ارتفاع أسعار القمح في الأسواق العالمية";

    public static string ArticleText => $"{Paragraph1}\n\n{Paragraph2}\n\n{Paragraph3}";

    /// <summary>A full page: cookie banner, menu, article with byline, related list, comments, footer.</summary>
    public static string NewsPage(string head = DefaultHead, string? body = null) => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        {{head}}
        </head>
        <body>
        <div id="cookie-banner" class="cookie-consent"><p>{{Cookie}}</p><button>موافق</button></div>
        <header class="site-header"><nav class="main-menu"><ul>
          <li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li>
          <li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li></ul></nav></header>
        <main>
        <article class="article-body">
          <h1>خطة لدعم صغار المزارعين</h1>
          <div class="byline">بقلم: سمير الخطيب</div>
          {{body ?? $"<p>{Paragraph1}</p>\n<p>{Paragraph2}</p>\n<p>{Paragraph3}</p>"}}
        </article>
        <aside class="related-articles"><h3>مقالات ذات صلة</h3><ul>
          <li><a href="/a/1">{{Related}}</a></li>
          <li><a href="/a/2">اقرأ أيضا: الحكومة تناقش موازنة العام الجديد</a></li>
          <li><a href="/a/3">اقرأ أيضا: افتتاح معرض الكتاب الدولي</a></li></ul></aside>
        <section id="comments" class="comments"><h3>التعليقات</h3>
          <div class="comment"><span class="author">زائر</span><p>{{Comment}}</p></div>
          <form><textarea>أضف تعليقك</textarea><button>إرسال</button></form></section>
        </main>
        <footer class="site-footer"><p>جميع الحقوق محفوظة © 2024 جريدة الوطن</p><a href="/privacy">سياسة الخصوصية</a></footer>
        </body>
        </html>
        """;

    public const string DefaultHead = """
        <title>خطة لدعم صغار المزارعين | جريدة الوطن</title>
        <meta property="og:title" content="خطة لدعم صغار المزارعين">
        <meta property="og:site_name" content="جريدة الوطن">
        <meta name="author" content="سمير الخطيب">
        <meta property="article:published_time" content="2024-03-10T09:15:00+03:00">
        <link rel="canonical" href="https://news.example/economy/farmers-plan">
        """;

    /// <summary>A section front: menus and link lists only, no article body.</summary>
    public static string IndexPage => $$"""
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اقتصاد | جريدة الوطن</title></head>
        <body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
        <div class="video-player">فيديو</div>
        <ul class="latest">
          <li><a href="/a/1">ارتفاع أسعار القمح في الأسواق العالمية</a></li>
          <li><a href="/a/2">الحكومة تناقش موازنة العام الجديد</a></li>
          <li><a href="/a/3">افتتاح معرض الكتاب الدولي</a></li>
        </ul><footer>جميع الحقوق محفوظة</footer></body></html>
        """;
}
