using System.Globalization;

namespace Reporting.Core.Catalog;

/// <summary>
/// An arithmetic formula over indicator codes, e.g. <c>REC.ONLINE / (REC.ONLINE + REC.DIRECT) * 100</c>.
/// Evaluated on aggregated values, so rates are never averaged.
/// </summary>
public sealed class Formula
{
    private readonly Node root;

    private Formula(string text, Node root, IReadOnlyList<string> codes)
    {
        Text = text;
        this.root = root;
        Codes = codes;
    }

    private abstract record Node;

    private sealed record Number(decimal Value) : Node;

    private sealed record Code(string Name) : Node;

    private sealed record Binary(char Operator, Node Left, Node Right) : Node;

    public string Text { get; }

    /// <summary>The indicator codes the formula reads.</summary>
    public IReadOnlyList<string> Codes { get; }

    public static Formula Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseExpression();
        parser.ExpectEnd();
        return new Formula(text, root, parser.Codes.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The value, or null when an operand is missing or a divisor is zero.</summary>
    public decimal? Evaluate(Func<string, decimal?> valueOf) => Evaluate(root, valueOf);

    public override string ToString() => Text;

    private static decimal? Evaluate(Node node, Func<string, decimal?> valueOf)
    {
        switch (node)
        {
            case Number n:
                return n.Value;
            case Code c:
                return valueOf(c.Name);
            case Binary b:
                var left = Evaluate(b.Left, valueOf);
                var right = Evaluate(b.Right, valueOf);
                if (left is null || right is null)
                {
                    return null;
                }

                return b.Operator switch
                {
                    '+' => left + right,
                    '-' => left - right,
                    '*' => left * right,
                    _ => right == 0 ? null : left / right,
                };
            default:
                throw new InvalidOperationException("Unknown formula node");
        }
    }

    private sealed class Parser(string text)
    {
        private int position;

        public List<string> Codes { get; } = [];

        public Node ParseExpression()
        {
            var node = ParseTerm();
            while (Peek() is '+' or '-')
            {
                var op = text[position++];
                node = new Binary(op, node, ParseTerm());
            }

            return node;
        }

        public void ExpectEnd()
        {
            if (Peek() != '\0')
            {
                throw Error("unexpected character");
            }
        }

        private Node ParseTerm()
        {
            var node = ParseFactor();
            while (Peek() is '*' or '/')
            {
                var op = text[position++];
                node = new Binary(op, node, ParseFactor());
            }

            return node;
        }

        private Node ParseFactor()
        {
            var c = Peek();
            if (c == '(')
            {
                position++;
                var inner = ParseExpression();
                if (Peek() != ')')
                {
                    throw Error("missing ')'");
                }

                position++;
                return inner;
            }

            var start = position;
            if (char.IsDigit(c))
            {
                while (position < text.Length && (char.IsDigit(text[position]) || text[position] == '.'))
                {
                    position++;
                }

                return new Number(decimal.Parse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            }

            if (char.IsAsciiLetterUpper(c))
            {
                while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '_'))
                {
                    position++;
                }

                var name = text[start..position];
                Codes.Add(name);
                return new Code(name);
            }

            throw Error("expected a number, an indicator code or '('");
        }

        private char Peek()
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            return position < text.Length ? text[position] : '\0';
        }

        private FormatException Error(string problem) =>
            new($"Formula '{text}': {problem} at position {position + 1}");
    }
}
