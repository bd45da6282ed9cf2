using System.Text.Json;
using Marsad.Dedup;
using Marsad.Dedup.Evaluation;
using Marsad.Language;

namespace Marsad.Tests.Evaluation;

public class CorpusDedupEvaluationTests
{
    // Sentences written for this test (no corpus text).
    const string Report = "افتتح أمير المنطقة صباح اليوم في محافظة بيشة مشروع توسعة المستشفى العام بتكلفة بلغت مئة وعشرين مليون ريال. "
        + "وتضم التوسعة مبنى جديدا للطوارئ يتسع لستين سريرا وقسما للعناية المركزة وآخر لغسيل الكلى. "
        + "وأوضح مدير الشؤون الصحية بالمحافظة أن المشروع سيخدم أكثر من ثلاثمئة ألف نسمة من سكان المحافظة والمراكز التابعة لها. "
        + "وأضاف أن العمل جار على تجهيز مركز للأورام سيبدأ استقبال المرضى مطلع العام المقبل. "
        + "وتجول سموه في أقسام المستشفى واستمع إلى شرح عن الخدمات التي يقدمها للمراجعين والمنومين.";

    const string Rewrite = "افتتح أمير المنطقة في مقر محافظة بيشة مشروع توسعة المستشفى العام بكلفة بلغت مئة وعشرين مليون ريال. "
        + "وتشمل التوسعة مبنى حديثا للطوارئ يتسع لستين سريرا وقسما للعناية المركزة وآخر لغسيل الكلى. "
        + "وبين مدير الشؤون الصحية في المحافظة أن المشروع سيخدم أكثر من ثلاثمئة ألف نسمة من سكان المحافظة والمراكز التابعة لها. "
        + "وأشار إلى أن العمل جار حاليا على تجهيز مركز للأورام سيبدأ استقبال المرضى مطلع العام المقبل. "
        + "وتفقد سموه أقسام المستشفى واستمع إلى شرح مفصل عن الخدمات التي يقدمها للمراجعين والمنومين.";

    const string Football = "فاز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف مقابل هدف واحد في المباراة الودية التي أقيمت مساء أمس. "
        + "وافتتح المهاجم الشاب التسجيل في الدقيقة العاشرة بتسديدة قوية من خارج منطقة الجزاء. "
        + "وقال المدرب بعد اللقاء إنه راض عن أداء اللاعبين لكنه ينتظر المزيد في التصفيات.";

    static string Corpus(params (string Id, string Text)[] records) =>
        string.Concat(records.Select(r => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = r.Id, ["title"] = "خبر", ["text"] = r.Text }) + "\n"));

    static CorpusDedupReport Run(CorpusDedupGold gold) =>
        CorpusDedupEvaluation.Run(Corpus(("agency", Report), ("paper", Rewrite), ("repeat", Report), ("sport", Football)),
            "test.jsonl", new ScriptLanguageIdentifier(), gold);

    [Fact]
    public void A_gold_pair_is_found_when_its_documents_count_as_one_source_and_a_repeated_text_is_its_first_record()
    {
        var report = Run(new CorpusDedupGold([["agency", "paper", "repeat"]], []));

        Assert.Equal((3, 3, 1.0), (report.GoldPairs, report.FoundPairs, report.PairRecall));
        Assert.Equal(3, report.Documents);
        Assert.Equal(new CorpusRelation("paper", "agency", DuplicateKind.Rewrite, report.Relations.Single().Similarity), report.Relations.Single());
    }

    [Fact]
    public void A_template_pair_counts_as_linked_only_when_its_documents_are_related_directly()
    {
        var report = Run(new CorpusDedupGold([], [("agency", "sport"), ("paper", "agency")]));

        Assert.Equal((2, 1), (report.TemplatePairs, report.TemplatePairsLinked));
        Assert.Equal("paper", Assert.Single(report.TemplateLinks).Document);
    }
}
