using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Razor.Hosting;

namespace CarePortal.FeatureMap;

/// <summary>
/// Which feature folder (src/CarePortal.Web/Features/X) uses which, read from the compiled app: every type a feature's
/// types name in their signatures, attributes and method bodies (IL), pages included. Types outside Features/ (Data/,
/// Program) belong to no feature and are not followed, so a feature using another's entity through a DbSet of AppDbContext
/// still counts, as the entity's type appears in what it calls.
/// </summary>
public sealed class FeatureGraph
{
    private const string AppFeatures = "CarePortal.Web.Features.";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private readonly Dictionary<Type, string> razorFeatures;

    private readonly string featuresNamespace;

    private FeatureGraph(Assembly app, string featuresNamespace)
    {
        this.featuresNamespace = featuresNamespace;
        razorFeatures = app.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Select(a => (a.Type, Feature: FeatureOfPath(a.Identifier)))
            .Where(a => a.Feature is not null)
            .ToDictionary(a => a.Type, a => a.Feature!);
    }

    /// <summary>Each feature's uses of other features: the used feature and, for each, the types named (user -> used).</summary>
    public SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> Uses { get; } = new(StringComparer.Ordinal);

    /// <summary>Each use, type by type: "Requests -> Churches: DetailsModel names Responses".</summary>
    public SortedSet<string> Why { get; } = new(StringComparer.Ordinal);

    /// <summary>The map of <paramref name="app"/>, whose features are the namespaces under <paramref name="featuresNamespace"/>.</summary>
    public static FeatureGraph Of(Assembly app, string featuresNamespace = AppFeatures)
    {
        var graph = new FeatureGraph(app, featuresNamespace);
        foreach (var type in app.GetTypes())
        {
            if (graph.FeatureOf(type) is { } feature)
            {
                graph.Uses.TryAdd(feature, new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal));
                graph.Read(type, feature);
            }
        }

        return graph;
    }

    /// <summary>The cycles between features: each strongly connected group of two or more features, names sorted.</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        foreach (var feature in Uses.Keys.Where(f => !index.ContainsKey(f)))
        {
            Connect(feature);
        }

        return [.. cycles.OrderBy(c => c[0], StringComparer.Ordinal)];

        void Connect(string feature)
        {
            index[feature] = low[feature] = index.Count;
            stack.Push(feature);
            foreach (var used in Uses[feature].Keys)
            {
                if (!index.ContainsKey(used))
                {
                    Connect(used);
                    low[feature] = Math.Min(low[feature], low[used]);
                }
                else if (stack.Contains(used) && index.TryGetValue(used, out var usedIndex))
                {
                    low[feature] = Math.Min(low[feature], usedIndex);
                }
            }

            if (low[feature] == index[feature])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != feature);
                if (group.Count > 1)
                {
                    cycles.Add([.. group.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    /// <summary>The uses that close a cycle: each from one feature to another of its cycle.</summary>
    public List<(string From, string To)> CycleUses() =>
    [
        .. Cycles().SelectMany(cycle => cycle.SelectMany(from => Uses[from].Keys.Where(cycle.Contains).Select(to => (from, to)))),
    ];

    private string? FeatureOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        if (razorFeatures.TryGetValue(type, out var page))
        {
            return page;
        }

        return type.Namespace is { } ns && ns.StartsWith(featuresNamespace, StringComparison.Ordinal)
            ? ns[featuresNamespace.Length..].Split('.')[0]
            : null;
    }

    private static string? FeatureOfPath(string identifier)
    {
        var parts = identifier.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 2 && parts[0] == "Features" ? parts[1] : null;
    }

    private void Read(Type type, string feature)
    {
        var named = new HashSet<Type>();
        Add(named, type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Add(named, contract);
        }

        AddAttributes(named, type.CustomAttributes);
        foreach (var field in type.GetFields(Declared))
        {
            Add(named, field.FieldType);
            AddAttributes(named, field.CustomAttributes);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(named, property.PropertyType);
            AddAttributes(named, property.CustomAttributes);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddAttributes(named, method.CustomAttributes);
            if (method is MethodInfo info)
            {
                Add(named, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(named, parameter.ParameterType);
                AddAttributes(named, parameter.CustomAttributes);
            }

            AddBody(named, method);
        }

        foreach (var used in named.Where(t => !t.HasElementType))
        {
            if (FeatureOf(used) is { } other && other != feature)
            {
                var types = Uses[feature].TryGetValue(other, out var known) ? known : Uses[feature][other] = new SortedSet<string>(StringComparer.Ordinal);
                types.Add(NameOf(used));
                Why.Add($"{feature} -> {other}: {NameOf(type)} names {NameOf(used)}");
            }
        }
    }

    private static void AddBody(HashSet<Type> named, MethodBase method)
    {
        if (method.GetMethodBody() is not { } body)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(named, local.LocalType);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[at + 1]))] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                AddMember(named, member);
            }

            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static void AddMember(HashSet<Type> named, MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                Add(named, type);
                break;
            case FieldInfo field:
                Add(named, field.DeclaringType);
                Add(named, field.FieldType);
                break;
            case MethodBase method:
                Add(named, method.DeclaringType);
                if (method is MethodInfo info)
                {
                    Add(named, info.ReturnType);
                    if (info.IsGenericMethod)
                    {
                        foreach (var argument in info.GetGenericArguments())
                        {
                            Add(named, argument);
                        }
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Add(named, parameter.ParameterType);
                }

                break;
        }
    }

    private static void AddAttributes(HashSet<Type> named, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(named, attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue)))
            {
                Add(named, argument.ArgumentType);
                if (argument.Value is Type type)
                {
                    Add(named, type);
                }
            }
        }
    }

    private static void Add(HashSet<Type> named, Type? type)
    {
        if (type is null || !named.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(named, type.GetElementType());
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(named, argument);
            }
        }
    }

    private string NameOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return razorFeatures.ContainsKey(type) ? type.Name + " (page)" : type.Name.Split('`')[0];
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
