namespace Marsad.Entities.Recognition;

/// <summary>
/// The IOB2 tags the model predicts: O, then B-/I- for each <see cref="EntityType"/> in enum order
/// (index 1 + 2·type is B, 2 + 2·type is I), and which tag may follow which.
/// </summary>
internal static class NerTagSet
{
    public const int Outside = 0;
    public const int Count = 1 + 2 * 4;

    private static readonly string[] Labels = BuildLabels();

    public static int Begin(EntityType type) => 1 + 2 * (int)type;
    public static int Inside(EntityType type) => 2 + 2 * (int)type;
    public static bool IsBegin(int tag) => tag != Outside && (tag & 1) == 1;
    public static bool IsInside(int tag) => tag != Outside && (tag & 1) == 0;
    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 2);
    public static string Label(int tag) => Labels[tag];

    /// <summary>IOB2 forbids I-X except after B-X or I-X; <paramref name="previous"/> is -1 at the start of a sequence.</summary>
    public static bool IsAllowed(int previous, int tag)
    {
        if (!IsInside(tag)) return true;
        return previous > Outside && TypeOf(previous) == TypeOf(tag);
    }

    private static string[] BuildLabels()
    {
        var labels = new string[Count];
        labels[Outside] = "O";
        foreach (var type in Enum.GetValues<EntityType>())
        {
            labels[Begin(type)] = "B-" + type.Label();
            labels[Inside(type)] = "I-" + type.Label();
        }
        return labels;
    }
}
