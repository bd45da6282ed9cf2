namespace Marsad.Entities.Geo;

/// <summary>
/// One transliteration key of a name: <see cref="Skeleton"/> is the consonant skeleton used to look names up (both
/// scripts meet on it); <see cref="Vocalized"/> keeps the vowels the spelling shows, to rank names sharing a skeleton;
/// <see cref="Penalty"/> counts the less usual readings taken to build it (an article kept as "l", ق read as k ...).
/// </summary>
public readonly record struct NameKey(string Skeleton, string Vocalized, int Penalty);
