using Trygghetsrad.Site.Import;

namespace Trygghetsrad.Site.Tests.Import;

public sealed class HeadingDetectorTests
{
    [Theory]
    [InlineData("Inledning Anna Gunstad Bäckman öppnar mötet och hälsar alla välkomna.", "Inledning")]
    [InlineData("Samverkan mellan tre förvaltningar Våra gäster idag berättar om den samverkan som finns.", "Samverkan mellan tre förvaltningar")]
    [InlineData("Övriga frågor Polisen tar upp klotter.", "Övriga frågor")]
    [InlineData("Information från skolan Maria Svensson berättar om höstens arbete.", "Information från skolan")]
    public void GluedHeading_IsSplitOff(string line, string heading) =>
        Assert.Equal(heading, line[..HeadingDetector.GluedHeadingLength(line)]);

    [Theory]
    [InlineData("Säkerhetssamordnaren Joar Larsson berättar att det har varit en normal sommar.")]
    [InlineData("Sticker Hallstahammars kommun ut på något sätt om man jämför med andra kommuner?")]
    [InlineData("Har vi yrkeskriminella i Hallstahammars kommun?")]
    [InlineData("Personal inom Socialtjänster tipsar också familjer om fonder.")]
    [InlineData("Sommaren har enligt polisen varit lugn. Kommunen har erbjudit gratis aktiviteter.")]
    [InlineData("Vi pratade lite om klotter och att det är viktigt att det polisanmäls.")]
    [InlineData("Svar: Nej det gör vi inte.")]
    [InlineData("Polisen berättade för Anna Larsson om läget.")]
    public void Sentence_HasNoGluedHeading(string line) => Assert.Equal(0, HeadingDetector.GluedHeadingLength(line));

    [Theory]
    [InlineData("Lägesbild", "Säkerhetssamordnaren berättar.", true)]
    [InlineData("Laget runt – hur har vi upplevt sommaren?", "Sammanfattningsvis upplever ingen otrygghet.", true)]
    [InlineData("Har vi yrkeskriminella i Hallstahammars kommun?", "Svar: Nej, det har vi inte.", false)]
    [InlineData("Frågor till gästerna:", "Sticker kommunen ut?", false)]
    [InlineData("Vi tar med oss frågan.", "Nästa stycke.", false)]
    [InlineData("Övrigt", null, false)]
    [InlineData("Tips från invånarrepresentant är att skapa en karta där man beskriver vad man kan göra", "På nästa möte.", false)]
    public void HeadingLine_IsShortTitleLikeAndFollowedByText(string line, string? next, bool heading) =>
        Assert.Equal(heading, HeadingDetector.IsHeadingLine(line, next));
}
