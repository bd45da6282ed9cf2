using Marsad.Cleaning;
namespace Marsad.Tests.Cleaning;
public class ZzDumpTests
{
    [Fact]
    public void Dump()
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "samples"))) dir = Path.GetDirectoryName(dir)!;
        foreach (var f in Directory.GetFiles(Path.Combine(dir, "samples")).Order())
        {
            var r = PlainTextCleaner.Clean(File.ReadAllText(f));
            var sb = new System.Text.StringBuilder();
            sb.AppendLine("TITLE: " + r.Title);
            foreach (var kv in r.Metadata) sb.AppendLine($"META {kv.Key} = {kv.Value}");
            foreach (var x in r.Removed) sb.AppendLine($"REMOVED {x.Kind} [{x.Reason}] {x.Text}");
            sb.AppendLine("----"); sb.AppendLine(r.Text);
            File.WriteAllText("/tmp/cleandump/" + Path.GetFileName(f), sb.ToString());
        }
    }
}
