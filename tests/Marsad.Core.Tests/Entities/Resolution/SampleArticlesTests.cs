using Marsad.Cleaning;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Entities.Resolution;

/// <summary>Cleaner → tokenizer → tagger → resolver on the five real articles in samples/, merged in one registry.
/// Nothing in the resolver knows these files; the actors file holds the real actors they name, as curated data.</summary>
public class SampleArticlesTests
{
    private static readonly Lazy<IReadOnlyList<Entity>> Collection = new(ResolveSamples);

    private static IReadOnlyList<Entity> ResolveSamples()
    {
        var registry = new EntityRegistry();
        foreach (string path in Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            string text = PlainTextCleaner.Clean(File.ReadAllText(path)).Text;
            var tokens = new List<Token>();
            ArabicTokenizer.Tokenize(text, tokens);
            var mentions = NamedEntityRecognizer.Default.Recognize(text, [.. tokens.Select(t => (t.Start, t.Length))]);
            registry.Add(EntityResolver.Default.ResolveDocument(Path.GetFileNameWithoutExtension(path), text, tokens, mentions));
        }
        return registry.Entities;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Marsad.sln above " + AppContext.BaseDirectory);
    }

    private static Entity WithAlias(string alias) => Collection.Value.Single(e => e.Aliases.Contains(alias));

    [Theory]
    [InlineData("قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "قوات سوريا الديموقراطية", "قوات سوريا الديموقرطية", "قسد")]
    [InlineData("داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية")]
    [InlineData("طلال سلو", "طلال سيلو", "سلو", "سيلو")]
    public void AliasGroupIsOneEntity(params string[] aliases) =>
        Assert.Single(aliases.Select(a => WithAlias(a).Id).Distinct());

    [Theory]
    [InlineData("قوات سوريا الديمقراطية", "قوات النظام السوري")]
    [InlineData("قوات سوريا الديمقراطية", "القوات العراقية")]
    [InlineData("قوات النظام السوري", "القوات العراقية")]
    [InlineData("الخارجية الأمريكية", "الولايات المتحدة")]
    [InlineData("مجلس دير الزور العسكري", "دير الزور")]
    public void DifferentThingsStayApart(string a, string b) => Assert.NotEqual(WithAlias(a).Id, WithAlias(b).Id);

    [Theory]
    [InlineData("طلال سلو", "متحدث")]
    [InlineData("ريان ديلون", "كولونيل")]
    [InlineData("ريان ديلون", "متحدث باسم")]
    [InlineData("ليلوى العبدالله", "ناطقة رسمية باسم")]
    [InlineData("أحمد أبو خولة", "قائد")]
    [InlineData("جيم ماتيس", "وزير الدفاع الأميركي")]
    [InlineData("هيذر ناورت", "متحدثة باسم")]
    [InlineData("بريت ماغروك", "مبعوث أمريكي")]
    [InlineData("مصطفى بالي", "مسؤول إعلامي في")]
    [InlineData("عصام زهر الدين", "عميد")]
    public void PersonIsFoundWithFullNameAndRole(string name, string title)
    {
        var person = Collection.Value.Single(e => e.Type == EntityType.Person && e.Aliases.Contains(name));
        Assert.Equal(NameKeys.Words(name).Length, NameKeys.Words(person.Name).Length);
        Assert.Contains(person.Roles, r => r.Title == title);
    }

    [Theory]
    [InlineData("ريان ديلون", "متحدث باسم", "actor/global-coalition")]
    [InlineData("هيذر ناورت", "متحدثة باسم", "actor/us-state-department")]
    [InlineData("أحمد أبو خولة", "قائد", "actor/deir-ez-zor-military-council")]
    [InlineData("مصطفى بالي", "مسؤول إعلامي في", "actor/sdf")]
    [InlineData("طلال سلو", "متحدث باسم", "actor/sdf")]
    public void RoleLinksToTheBody(string name, string title, string bodyId) =>
        Assert.Contains(WithAlias(name).Roles, r => r.Title == title && r.OfEntityId == bodyId);

    [Fact]
    public void RoleOfAnUnknownBodyLinksToAnEntityOfTheCollection()
    {
        var role = WithAlias("ليلوى العبدالله").Roles.Single(r => r.Title == "ناطقة رسمية باسم");
        Assert.Equal("عاصفة الجزيرة", Collection.Value.Single(e => e.Id == role.OfEntityId).Name);
    }
}
