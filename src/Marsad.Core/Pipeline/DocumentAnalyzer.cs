using Marsad.Cleaning;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Text.Sentences;
using Marsad.Text.Tokens;

namespace Marsad.Pipeline;

/// <summary>Runs the text core over one document: clean → identify language → sentences → tokens.
/// The order matters: furniture (often English UI labels) must be gone before the language is judged,
/// and sentences and tokens are counted on the clean text the report's offsets refer to.</summary>
public sealed class DocumentAnalyzer(ILanguageIdentifier languages)
{
    public DocumentAnalyzer() : this(new ScriptLanguageIdentifier()) { }

    public (AnalyzedDocument? Document, InputError? Error) Analyze(SourceDocument source, BoilerplateContext? context = null)
    {
        var clean = PlainTextCleaner.Clean(source.Text, context);
        if (clean.Text.Length == 0)
            return (null, new InputError(source.Source, "no article text left after removing page furniture"));
        var language = languages.Identify(clean.Text);
        if (language != "ar")
        {
            var share = ScriptProfile.Of(clean.Text).ArabicShare;
            return (null, new InputError(source.Source, $"no Arabic text (language '{language}', {share:P0} of letters Arabic)"));
        }
        var sentences = SentenceSplitter.Split(clean.Text);
        var tokens = ArabicTokenizer.Count(clean.Text);
        var title = source.Title ?? clean.Title;
        return (new AnalyzedDocument(source with { Title = title }, language, clean, sentences, tokens), null);
    }
}
