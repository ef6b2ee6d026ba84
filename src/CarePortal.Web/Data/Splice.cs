using System.Linq.Expressions;
using System.Reflection;

namespace CarePortal.Web.Data;

/// <summary>
/// Puts a rule written once as an expression into a query that cannot call it: a compiled query. Inside the query's lambda,
/// <c>Rule.Inline(a, b)</c> marks where the rule goes; <see cref="Expand{T}"/> replaces each mark by the rule's body with
/// those arguments, before EF sees the query.
/// </summary>
public static class Splice
{
    /// <summary>A mark for <see cref="Expand{T}"/>; never runs.</summary>
    public static TResult Inline<T1, T2, TResult>(this Expression<Func<T1, T2, TResult>> rule, T1 first, T2 second) =>
        throw new InvalidOperationException($"{nameof(Inline)} marks a rule inside an expression given to {nameof(Splice)}.{nameof(Expand)}.");

    /// <summary>A mark for <see cref="Expand{T}"/>; never runs.</summary>
    public static TResult Inline<T1, T2, T3, T4, TResult>(this Expression<Func<T1, T2, T3, T4, TResult>> rule, T1 first, T2 second, T3 third, T4 fourth) =>
        throw new InvalidOperationException($"{nameof(Inline)} marks a rule inside an expression given to {nameof(Splice)}.{nameof(Expand)}.");

    public static Expression<T> Expand<T>(Expression<T> query) => (Expression<T>)new Expander().Visit(query);

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Splice) || node.Method.Name != nameof(Inline))
            {
                return base.VisitMethodCall(node);
            }

            var rule = (LambdaExpression)Value(node.Arguments[0]);
            var body = rule.Body;
            for (var i = 0; i < rule.Parameters.Count; i++)
            {
                body = new Replace(rule.Parameters[i], Visit(node.Arguments[i + 1])).Visit(body)!;
            }

            return Visit(body);
        }

        /// <summary>The rule itself: a static field or property holding it (the only form a mark takes).</summary>
        private static object Value(Expression expression) => expression switch
        {
            MemberExpression { Expression: null, Member: FieldInfo field } => field.GetValue(null)!,
            MemberExpression { Expression: null, Member: PropertyInfo property } => property.GetValue(null)!,
            _ => throw new InvalidOperationException($"A rule to inline is a static field or property, not {expression}."),
        };
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
