using System.Globalization;

namespace CarePortal.Load;

/// <summary>
/// The CPU time (clock ticks) of a process and all its descendants: each living one's user + system time and what its
/// reaped children used (cutime + cstime), so that PostgreSQL's backends and nginx's workers count with their master.
/// </summary>
public static class ProcessTreeCpu
{
    public static long? Ticks(int root)
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } stat)
            {
                processes[pid] = stat;
            }
        }

        if (!processes.ContainsKey(root))
        {
            return null;
        }

        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var total = 0L;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            total += processes[pid].Ticks;
            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    private static (int Parent, long Ticks)? Read(int pid)
    {
        try
        {
            // After the command name (which may hold spaces): state, ppid, … utime is field 14, stime 15, cutime 16, cstime 17.
            var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return ((int)Field(1), Field(11) + Field(12) + Field(13) + Field(14));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // gone meanwhile
        }
    }
}
