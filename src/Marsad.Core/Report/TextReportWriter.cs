using System.Globalization;
using Marsad.Text;

namespace Marsad.Report;

/// <summary>
/// The report as an Arabic analyst reads it: the collection in figures, then its stories (summary with citations,
/// corroborated facts, contradictions), its outlets, the most mentioned entities, the events, the quotes and the
/// copies, and last each article's clean text with what was removed from it. Every label is Arabic; the JSON
/// format is the one for programs.
/// </summary>
public static class TextReportWriter
{
    /// <summary>The most entities listed (by mentions); the JSON has them all.</summary>
    public const int TopEntities = 20;

    public static void Write(AnalysisReport report, TextWriter output)
    {
        var entities = report.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var outlets = report.Documents.ToDictionary(d => d.Id, OutletOf, StringComparer.Ordinal);
        string Name(string? id) => id is null ? "—" : entities.TryGetValue(id, out var e) ? e.Name : id;
        string Cite(string document) => $"[{outlets.GetValueOrDefault(document) ?? document}]";

        output.WriteLine($"مرصد — ملخص التحليل (الإصدار {report.Version})");
        output.WriteLine($"عدد المقالات: {report.Documents.Count}" + (report.Errors.Count > 0 ? $"، أخطاء: {report.Errors.Count}" : ""));
        output.WriteLine($"{Count(outlets.Values.Distinct().Count(), CountedNoun.Source)} · {Count(report.IndependentSources, CountedNoun.IndependentSource)} · "
            + $"{Count(report.Stories.Count, CountedNoun.Story)} · {Count(report.Events.Count, CountedNoun.Event)} · {Count(report.Quotes.Count, CountedNoun.Quote)}");

        Section(output, "القصص");
        if (report.Stories.Count == 0) output.WriteLine("لا قصص.");
        int number = 0;
        foreach (var story in report.Stories)
        {
            output.WriteLine();
            output.WriteLine($"{++number}. {story.Title}");
            var span = story.First is null ? "" : story.Last is null || story.Last == story.First ? $" · {Day(story.First)}" : $" · {Day(story.First)} – {Day(story.Last)}";
            output.WriteLine($"   {Count(story.Documents.Count, CountedNoun.Article)} · {Count(story.Sources.Count, CountedNoun.Source)} · "
                + $"{Count(story.IndependentSources, CountedNoun.IndependentSource)}{span}");
            if (story.Places.Count > 0) output.WriteLine($"   الأماكن: {string.Join("، ", story.Places.Select(Name))}");
            if (story.Entities.Count > 0) output.WriteLine($"   الأطراف: {string.Join("، ", story.Entities.Take(8).Select(Name))}");
            if (story.Summary.Count > 0)
            {
                output.WriteLine("   الملخص:");
                foreach (var s in story.Summary) output.WriteLine($"   - {OneLine(s.Text)} {string.Concat((s.Sources ?? [s.Document]).Select(Cite))}");
            }
            foreach (var f in story.Corroborated)
                output.WriteLine($"   ✓ أكّدته مصادر مستقلة ({FactKind(f.Kind)}): {(f.Subject.Length > 0 ? f.Subject + ": " : "")}«{OneLine(f.Text)}» {string.Concat(f.Documents.Select(Cite))}");
            foreach (var c in story.Contradictions)
                output.WriteLine($"   ✗ روايات متعارضة ({FactKind(c.Kind)}) عن {c.Subject}: "
                    + string.Join(" / ", c.Values.Select(v => $"«{OneLine(v.Text)}» {string.Concat(v.Documents.Select(Cite))}")));
        }

        Section(output, "المصادر");
        foreach (var group in report.Documents.GroupBy(d => outlets[d.Id]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"- {group.Key}: {Count(group.Count(), CountedNoun.Article)}");

        Section(output, "الكيانات الأكثر ذكرًا");
        if (report.Entities.Count == 0) output.WriteLine("لا كيانات.");
        foreach (var e in report.Entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal).Take(TopEntities))
        {
            var documents = e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count();
            var aliases = e.Aliases.Where(a => a != e.Name).ToList();
            output.WriteLine($"- {e.Name} ({ArabicLabels.EntityType(e.Type)}): ذُكر {Count(e.Mentions.Count, CountedNoun.Time)} في {Count(documents, CountedNoun.Document)}"
                + (aliases.Count > 0 ? $" · يُعرف أيضًا بـ: {string.Join("، ", aliases)}" : ""));
        }

        Section(output, "الأحداث (تصنيف ACLED)");
        if (report.Events.Count == 0) output.WriteLine("لا أحداث.");
        foreach (var e in report.Events)
        {
            var actors = e.Actor2 is null ? Name(e.Actor1) : $"{Name(e.Actor1)} ضد {Name(e.Actor2)}";
            output.WriteLine($"- {(e.Date is null ? "بلا تاريخ" : Day(e.Date))} · {ArabicLabels.EventType(e.EventType)} ({ArabicLabels.SubEventType(e.SubEventType)}) · "
                + $"{actors} · {(e.Location is null ? "مكان غير معروف" : Name(e.Location))} · القتلى: {e.Fatalities.ToString(CultureInfo.InvariantCulture)} · «{e.Trigger}» {Cite(e.Document)}");
        }

        Section(output, "الاقتباسات");
        if (report.Quotes.Count == 0) output.WriteLine("لا اقتباسات.");
        foreach (var q in report.Quotes)
            output.WriteLine($"- «{OneLine(q.Text)}» — {(q.Speaker is not null ? Name(q.Speaker) : q.SpeakerText ?? "متحدث غير معروف")} {Cite(q.Document)}");

        if (report.DuplicateFamilies.Count + report.Syndication.Count > 0)
        {
            Section(output, "النسخ المكررة والمنقولة");
            foreach (var f in report.DuplicateFamilies)
                output.WriteLine($"- نسخ من مقالة واحدة: {string.Join("، ", f.Members.Select(m => $"{m} {Cite(m)}"))}");
            foreach (var s in report.Syndication)
            {
                string agencies = s.Agencies.Count > 0 ? $" (الوكالة: {string.Join("، ", s.Agencies)})" : "";
                if (s.Copies.Count > 0) output.WriteLine($"- نُقلت {Cite(s.Original)} إلى {string.Join("، ", s.Copies.Select(Cite))}{agencies}");
                if (s.Carriers is { Count: > 0 } carriers)
                    output.WriteLine($"- نقلت {string.Join("، ", carriers.Select(Cite))} مقاطع من {Cite(s.Original)} ضمن تغطيتها الخاصة{agencies}");
            }
        }

        Section(output, "المقالات");
        foreach (var d in report.Documents)
        {
            output.WriteLine();
            output.WriteLine(new string('─', 60));
            output.WriteLine($"المعرّف: {d.Id}");
            output.WriteLine($"المصدر: {outlets[d.Id]}");
            if (d.Title is not null) output.WriteLine($"العنوان: {d.Title}");
            // Only a date the source gave is the article's; without one it is undated, and the day its events
            // happened is said to be that.
            output.WriteLine($"تاريخ النشر: {d.Published ?? "غير مؤرخ"}");
            if (d.Published is null && d.EventDate is { } events) output.WriteLine($"تاريخ الأحداث: {events}");
            if (d.Metadata.GetValueOrDefault("author") is { Length: > 0 } author) output.WriteLine($"الكاتب: {author}");
            if (d.Metadata.GetValueOrDefault("url") is { Length: > 0 } url) output.WriteLine($"الرابط: {url}");
            output.WriteLine($"اللغة: {LanguageName(d.Language)} · {Count(d.Sentences.Count, CountedNoun.Sentence)} · {Count(d.Tokens, CountedNoun.Word)}");
            if (d.Removed.Count > 0)
            {
                output.WriteLine($"أُزيل من النص ({d.Removed.Count}):");
                foreach (var r in d.Removed) output.WriteLine($"  - [{KindLabel(r.Kind)}: {ArabicLabels.RemovalReason(r.Reason)}] {Shorten(r.Text, 80)}");
            }
            output.WriteLine();
            output.WriteLine(d.Text);
        }
        foreach (var e in report.Errors) output.WriteLine($"خطأ: {e.Source}: {e.Error}");
    }

    /// <summary>The outlet's name (<see cref="Outlets.OutletCatalog"/>), else the file the article came from.</summary>
    private static string OutletOf(DocumentReport d)
    {
        var site = d.Metadata.GetValueOrDefault("site") is { Length: > 0 } s ? s : d.Metadata.GetValueOrDefault("source");
        var url = d.Metadata.GetValueOrDefault("url") ?? (d.Source.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? d.Source : null);
        var name = Outlets.OutletCatalog.Default.NameOf(site, url, d.Text);
        return name.Length > 0 ? name : Path.GetFileName(d.Source) is { Length: > 0 } file ? file : d.Id;
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(new string('═', 60));
        output.WriteLine(title);
        output.WriteLine(new string('═', 60));
    }

    private static string Count(int count, CountedNoun noun) => ArabicCount.Of(count, noun);

    private static string Day(string date) => date.Length >= 10 ? date[..10] : date;

    private static string FactKind(string kind) => kind switch
    {
        "number" => "رقم",
        "quote" => "اقتباس",
        "time" => "تاريخ",
        _ => kind,
    };

    private static string LanguageName(string code) => code switch
    {
        "ar" => "العربية",
        "en" => "الإنجليزية",
        "fr" => "الفرنسية",
        "und" or "" => "غير محددة",
        _ => code,
    };

    private static string KindLabel(string kind) => kind switch
    {
        "boilerplate" => "حشو الصفحة",
        "embed" => "منشور مضمّن",
        "repeated-paragraph" => "فقرة مكررة",
        _ => ArabicLabels.Removal(kind),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Shorten(string text, int max)
    {
        var oneLine = OneLine(text);
        return oneLine.Length <= max ? oneLine : string.Concat(oneLine.AsSpan(0, max), "…");
    }
}
