namespace Marsad.Entities.Recognition;

/// <summary>
/// How sure the tagger is of a span: the probability, under the distribution exp(path score) / Z over all well-formed
/// tag sequences of the sentence (forward–backward over the same emissions and transitions Viterbi decodes), that the
/// tokens [start, end) are tagged as exactly one entity of the given type, B-X then I-X, with no I-X after it. A name
/// the features all agree on scores near 1; one whose boundary or type could as well be another scores low.
/// </summary>
internal sealed class SpanMarginals
{
    private const int T = NerTagSet.Count;

    private readonly int _n;
    private readonly double[] _transitions;   // exp((score − max) / temperature), 0 where IOB2 forbids
    private readonly double[] _emissions;     // exp((score − max of the token) / temperature)
    private readonly double[] _forward;      // scaled: each row sums to 1
    private readonly double[] _backward;     // scaled by the same factors
    private readonly double[] _scales;

    /// <param name="emissions">T scores per token, as <see cref="ViterbiDecoder.Decode"/> reads them.</param>
    /// <param name="transitions">(T+1)·T transition scores, the last row for the start.</param>
    /// <param name="temperature">Divides every score: perceptron scores have no natural scale, and summed over dozens of
    /// features they are so far apart that the distribution would put all its mass on one path.</param>
    public SpanMarginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, double temperature = 1)
    {
        _n = emissions.Length / T;
        float maxTransition = float.NegativeInfinity;
        foreach (float t in transitions) maxTransition = Math.Max(maxTransition, t);
        _transitions = new double[(T + 1) * T];
        for (int p = -1; p < T; p++)
            for (int t = 0; t < T; t++)
            {
                int at = (p < 0 ? T : p) * T + t;
                _transitions[at] = NerTagSet.IsAllowed(p, t) ? Math.Exp((transitions[at] - maxTransition) / temperature) : 0;
            }
        _emissions = new double[_n * T];
        for (int i = 0; i < _n; i++)
        {
            var row = emissions.Slice(i * T, T);
            float max = float.NegativeInfinity;
            foreach (float e in row) max = Math.Max(max, e);
            for (int t = 0; t < T; t++) _emissions[i * T + t] = Math.Exp((row[t] - max) / temperature);
        }

        _forward = new double[_n * T];
        _backward = new double[_n * T];
        _scales = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            double sum = 0;
            for (int t = 0; t < T; t++)
            {
                double into = 0;
                if (i == 0) into = _transitions[T * T + t];
                else for (int p = 0; p < T; p++) into += _forward[(i - 1) * T + p] * _transitions[p * T + t];
                sum += _forward[i * T + t] = into * _emissions[i * T + t];
            }
            _scales[i] = sum > 0 ? sum : double.Epsilon;
            for (int t = 0; t < T; t++) _forward[i * T + t] /= _scales[i];
        }
        for (int i = _n - 1; i >= 0; i--)
            for (int t = 0; t < T; t++)
            {
                if (i == _n - 1) { _backward[i * T + t] = 1; continue; }
                double onward = 0;
                for (int u = 0; u < T; u++) onward += _transitions[t * T + u] * _emissions[(i + 1) * T + u] * _backward[(i + 1) * T + u];
                _backward[i * T + t] = onward / _scales[i + 1];
            }
    }

    /// <summary>The probability that tokens [<paramref name="start"/>, <paramref name="end"/>) are one whole entity of <paramref name="type"/>.</summary>
    public double Span(int start, int end, EntityType type)
    {
        int begin = NerTagSet.Begin(type), inside = NerTagSet.Inside(type);
        double p = _forward[start * T + begin];
        int previous = begin;
        for (int k = start + 1; k < end; k++)
        {
            p *= _transitions[previous * T + inside] * _emissions[k * T + inside] / _scales[k];
            previous = inside;
        }
        if (end < _n)
        {
            double after = 0;
            for (int u = 0; u < T; u++)
                if (u != inside) after += _transitions[previous * T + u] * _emissions[end * T + u] * _backward[end * T + u];
            p *= after / _scales[end];
        }
        else p *= _backward[(end - 1) * T + previous];
        // Scores hundreds apart can still underflow a whole row; such a span is no likelier than 0 by this measure.
        return double.IsNaN(p) ? 0 : Math.Clamp(p, 0, 1);
    }
}
