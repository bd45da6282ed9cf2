namespace Marsad.Entities.Resolution;

public sealed partial class ActorCatalog
{
    /// <summary>
    /// Whether two actors are on one side: one is a part of the other (member_of, followed upwards: a brigade of an
    /// army of a government), both are parts of one actor (two components of the SDF), or an actor of either line is
    /// an ally of one of the other's (the SDF and the coalition's members). Unknown ids are on no one's side.
    /// </summary>
    public bool SameSide(string actorId, string otherId)
    {
        if (actorId == otherId) return true;
        var line = Line(actorId);
        var otherLine = Line(otherId);
        if (line.Count == 0 || otherLine.Count == 0) return false;
        if (line.Overlaps(otherLine)) return true;
        foreach (var id in line)
            if (byId.TryGetValue(id, out var actor) && actor.Allies is { } allies && allies.Any(otherLine.Contains)) return true;
        foreach (var id in otherLine)
            if (byId.TryGetValue(id, out var actor) && actor.Allies is { } allies && allies.Any(line.Contains)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="memberId"/> is a part of <paramref name="wholeId"/>, directly or through parts.</summary>
    public bool IsPartOf(string memberId, string wholeId) => memberId != wholeId && Line(memberId).Contains(wholeId);

    /// <summary>The actor and every actor it is a part of, upwards.</summary>
    private HashSet<string> Line(string id)
    {
        var line = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(id);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!byId.TryGetValue(next, out var actor) || !line.Add(next)) continue;
            foreach (var parent in actor.MemberOf ?? []) pending.Push(parent);
        }
        return line;
    }
}
