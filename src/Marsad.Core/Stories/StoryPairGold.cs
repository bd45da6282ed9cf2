using System.Globalization;

namespace Marsad.Stories;

/// <summary>How two articles relate, as a reader judged them.</summary>
public enum PairJudgement
{
    /// <summary>One happening, or its direct aftermath (reactions, casualty updates, follow-up statements).</summary>
    Same,
    /// <summary>Different happenings of one ongoing theme (the war in Yemen, the oil market): one topic, two stories.</summary>
    Topic,
    /// <summary>Unrelated.</summary>
    Different,
}

/// <summary>One judged pair of articles, by corpus id.</summary>
public sealed record JudgedPair(string A, string B, PairJudgement Judgement, string Drawn, string Reason);

/// <summary>Pairwise scores of stories and topics against judged pairs.</summary>
/// <param name="StoryPrecision">Of the judged pairs put in one story, the share judged the same happening.</param>
/// <param name="StoryRecall">Of the pairs judged the same happening, the share put in one story.</param>
/// <param name="TopicRecall">Of the pairs judged the same happening or the same topic, the share put in one topic.</param>
/// <param name="TopicOnlyRecall">Of the pairs judged the same topic only, the share put in one topic.</param>
/// <param name="TopicOnlyApart">Of the pairs judged the same topic only, the share kept in different stories.</param>
/// <param name="DifferentInTopic">Of the pairs judged unrelated, the share put in one topic.</param>
/// <param name="Missing">Judged pairs with an article the clustering does not know.</param>
public sealed record PairScores(
    int Pairs, int Missing, double StoryPrecision, double StoryRecall, double TopicRecall, double TopicOnlyRecall,
    double TopicOnlyApart, double DifferentInTopic)
{
    public double StoryF1 => StoryPrecision + StoryRecall == 0 ? 0 : 2 * StoryPrecision * StoryRecall / (StoryPrecision + StoryRecall);
}

/// <summary>The pair gold of eval/stories (pairs.tsv: a, b, judgement, drawn, reason; '#' lines are comments) and its scoring.</summary>
public static class StoryPairGold
{
    public static IReadOnlyList<JudgedPair> Parse(string tsv, string path)
    {
        var pairs = new List<JudgedPair>();
        int number = 0;
        bool header = true;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header && cells[0] == "a") { header = false; continue; }
            header = false;
            if (cells.Length < 3) throw new FormatException($"{path}:{number}: expected a, b, judgement, drawn, reason");
            var judgement = cells[2] switch
            {
                "same" => PairJudgement.Same,
                "topic" => PairJudgement.Topic,
                "diff" => PairJudgement.Different,
                _ => throw new FormatException($"{path}:{number}: judgement '{cells[2]}' is not same, topic or diff"),
            };
            pairs.Add(new JudgedPair(cells[0], cells[1], judgement, cells.Length > 3 ? cells[3] : "", cells.Length > 4 ? cells[4] : ""));
        }
        return pairs;
    }

    /// <summary>Scores a clustering: <paramref name="storyOf"/> and <paramref name="topicOf"/> map a corpus id to its
    /// story and its topic (null when unknown).</summary>
    public static PairScores Score(IReadOnlyList<JudgedPair> pairs, Func<string, string?> storyOf, Func<string, string?> topicOf)
    {
        int missing = 0, together = 0, togetherSame = 0, same = 0, sameTogether = 0;
        int related = 0, relatedInTopic = 0, topicOnly = 0, topicOnlyInTopic = 0, topicOnlyApart = 0, different = 0, differentInTopic = 0;
        foreach (var p in pairs)
        {
            string? sa = storyOf(p.A), sb = storyOf(p.B);
            if (sa is null || sb is null) { missing++; continue; }
            bool oneStory = sa == sb;
            string? ta = topicOf(p.A), tb = topicOf(p.B);
            bool oneTopic = ta is not null && ta == tb;
            if (oneStory) { together++; if (p.Judgement == PairJudgement.Same) togetherSame++; }
            if (p.Judgement == PairJudgement.Same) { same++; if (oneStory) sameTogether++; }
            if (p.Judgement != PairJudgement.Different) { related++; if (oneTopic) relatedInTopic++; }
            if (p.Judgement == PairJudgement.Topic)
            {
                topicOnly++;
                if (oneTopic) topicOnlyInTopic++;
                if (!oneStory) topicOnlyApart++;
            }
            if (p.Judgement == PairJudgement.Different) { different++; if (oneTopic) differentInTopic++; }
        }
        static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
        return new PairScores(pairs.Count, missing, Share(togetherSame, together), Share(sameTogether, same), Share(relatedInTopic, related),
            Share(topicOnlyInTopic, topicOnly), Share(topicOnlyApart, topicOnly), Share(differentInTopic, different));
    }

    public static string Describe(PairScores s) => string.Create(CultureInfo.InvariantCulture,
        $"stories: pairwise precision {s.StoryPrecision:0.000}, recall {s.StoryRecall:0.000}, F1 {s.StoryF1:0.000}; "
        + $"topics: recall {s.TopicRecall:0.000} (same-topic-only pairs {s.TopicOnlyRecall:0.000}, of which kept apart as stories {s.TopicOnlyApart:0.000}), "
        + $"unrelated pairs in one topic {s.DifferentInTopic:0.000}");
}
