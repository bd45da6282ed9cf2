using System.Globalization;

namespace Marsad.Report;

/// <summary>A readable Arabic summary of the report, for people rather than programs.</summary>
public static class TextReportWriter
{
    public static void Write(AnalysisReport report, TextWriter output)
    {
        output.WriteLine($"مرصد — تقرير التحليل (الإصدار {report.Version})");
        output.WriteLine($"عدد المقالات: {report.Documents.Count}" + (report.Errors.Count > 0 ? $"، أخطاء: {report.Errors.Count}" : ""));
        foreach (var d in report.Documents)
        {
            output.WriteLine();
            output.WriteLine(new string('═', 60));
            output.WriteLine($"المعرّف: {d.Id}");
            output.WriteLine($"المصدر: {d.Source}");
            if (d.Title is not null) output.WriteLine($"العنوان: {d.Title}");
            if (d.Published is not null) output.WriteLine($"تاريخ النشر: {d.Published}");
            output.WriteLine($"اللغة: {d.Language} · الجمل: {d.Sentences.Count} · الكلمات والرموز: {d.Tokens.ToString(CultureInfo.InvariantCulture)}");
            foreach (var (key, value) in d.Metadata) output.WriteLine($"بيانات وصفية: {key} = {value}");
            if (d.Removed.Count > 0)
            {
                output.WriteLine($"أُزيل من النص ({d.Removed.Count}):");
                foreach (var r in d.Removed) output.WriteLine($"  - [{KindLabel(r.Kind)}: {r.Reason}] {Shorten(r.Text, 80)}");
            }
            output.WriteLine(new string('─', 60));
            output.WriteLine(d.Text);
        }
        foreach (var e in report.Errors) output.WriteLine($"خطأ: {e.Source}: {e.Error}");
    }

    private static string KindLabel(string kind) => kind switch
    {
        "boilerplate" => "حشو الصفحة",
        "embed" => "منشور مضمّن",
        "repeated-paragraph" => "فقرة مكررة",
        _ => kind,
    };

    private static string Shorten(string text, int max)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= max ? oneLine : string.Concat(oneLine.AsSpan(0, max), "…");
    }
}
