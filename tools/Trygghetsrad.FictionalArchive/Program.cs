using System.Globalization;
using Trygghetsrad.FictionalArchive;

// Usage: dotnet run --project tools/Trygghetsrad.FictionalArchive -- --count 10000 --out DIR [--seed 1]
var count = 1000;
var seed = 1;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count":
            count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--out":
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine($"okänt argument: {args[i]}");
            Console.Error.WriteLine("användning: --count N --out MAPP [--seed S]");
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("användning: --count N --out MAPP [--seed S]");
    return 2;
}

try
{
    var written = ArchiveGenerator.Write(output, count, seed);
    Console.WriteLine($"Skrev {written} fiktiva möten till {output}");
    return 0;
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine("fel: " + ex.Message);
    return 1;
}
