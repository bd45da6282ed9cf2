namespace Marsad.Ingest;

/// <summary>Expands the paths a user names into the files to read, in a stable order.</summary>
public static class InputPaths
{
    /// <summary>File extensions the plain-text reader accepts when walking a directory.</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt" };

    /// <summary>Files named directly are taken whatever their extension; directories are walked recursively for
    /// <paramref name="extensions"/>. Paths that do not exist become errors. Order: as given, and ordinal within a directory.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<InputError> Errors) Expand(
        IEnumerable<string> paths, IReadOnlySet<string>? extensions = null)
    {
        extensions ??= TextExtensions;
        var files = new List<string>();
        var errors = new List<InputError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                int before = files.Count;
                foreach (var f in found)
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
                if (files.Count == before)
                    errors.Add(new InputError(path, $"directory holds no readable files ({string.Join(", ", extensions.Order(StringComparer.Ordinal))})"));
            }
            else
            {
                errors.Add(new InputError(path, "no such file or directory"));
            }
        }
        return (files, errors);
    }
}
