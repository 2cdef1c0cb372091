"""Round ua (benchmarks/devset/README.md): the rule fixed from the real text of ua09, and
readings of the round that were right, from their real sentences."""

from codes import parse_text
from codes.metadata.name_edges import without_file_label

_ZOETERMEER = (
    "• No results found\n\n"
    "Gedragscode Integriteit burgemeester en wethouders van de gemeente Zoetermeer.pdfPDF, 1 MB\n\n"
    "N/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
    'Share "Gedragscode Integriteit burgemeester en wethouders van de gemeente'
    ' Zoetermeer.pdfPDF, 1 MB"\n\nCopied!\n11\n0\n0\n\n'
    "Gedragscode Integriteit burgemeester en wethouders van de gemeente Zoetermeer De raad van"
    " de gemeente Zoetermeer\n\nGelezen het voorstel van burgemeester en wethouders\n\n"
    "Gelet op de artikelen 41c, tweede lid, en 69, tweede lid, van de Gemeentewet\n\n"
)


def test_a_document_sites_file_label_is_no_part_of_the_title():
    """ua09 (5dok): the site gives the uploaded file's name with its extension, type and size;
    the title is the name before the extension."""
    code = parse_text(_ZOETERMEER, "test.txt")
    assert code.metadata.title == (
        "Gedragscode Integriteit burgemeester en wethouders van de gemeente Zoetermeer"
    )
    refs = [(r.law, r.article, r.lid) for r in code.references if r.kind == "law"]
    assert refs == [("Gemeentewet", "41c", 2), ("Gemeentewet", "69", 2)]


def test_only_a_file_label_at_the_end_is_cut():
    assert without_file_label("Beleidsplan 2024.docxDOCX, 245 KB") == "Beleidsplan 2024"
    assert without_file_label("Nota 2.1 MB-regeling") == "Nota 2.1 MB-regeling"
    # a file name alone, with no size, is furniture elsewhere (`furniture._FILE_NAME`)
    assert without_file_label("verordening.pdf") == "verordening.pdf"


def test_a_grondslag_cell_lists_articles_of_renamed_and_unrenamed_acts():
    """ua05 (Katwijk Bibob 2021): the register's numbered grounds, each its own citation; the
    Drank- en Horecawet and the Alcoholwet are one act (BWBR0002458)."""
    text = (
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        "  3. artikel 4:81 van de Algemene wet bestuursrecht\n"
        "  4. artikel 3 van de Drank- en Horecawet\n"
        "  5. artikel 27 van de Alcoholwet\n"
        "  9. artikel 30b van de Wet op de kansspelen\n"
        "  14. artikel 9.2.2.3 van de Wet milieubeheer\n"
    )
    code = parse_text(text, "test.txt")
    refs = [(r.bwb, r.article) for r in code.references if r.kind == "law"]
    assert refs == [
        ("BWBR0005537", "4:81"),
        ("BWBR0002458", "3"),
        ("BWBR0002458", "27"),
        ("BWBR0002469", "30b"),
        ("BWBR0003245", "9.2.2.3"),
    ]


def test_the_wet_vth_is_known_by_its_short_name():
    """ua03 (Zwolle VTH programma 2017): 'de wet VTH' names the amending act of 2015 on the quality
    of vergunningverlening, toezicht en handhaving, beside the Omgevingswet."""
    text = (
        "Inhoud\n\n2.2 Implementatietraject kwaliteitscriteria VTH-taken 7\n\n"
        "2.3 Ontwikkelingen RUD in relatie tot de wet VTH wet en Omgevingswet 7\n\n"
        "2.4 Ontwikkelingen op het gebied van risicoanalyse in de RUD 8\n"
    )
    code = parse_text(text, "test.txt")
    laws = [r.law for r in code.references if r.kind == "law" and r.resolved]
    assert laws == ["Wet verbetering vergunningverlening, toezicht en handhaving", "Omgevingswet"]


def test_an_abbreviation_glued_to_a_capitalised_word_is_read():
    """ua06 (Eijsden-Margraten 2013): the cover's word cloud lost a blank ('WswGezond'); the
    abbreviation in capitals and small letters still names the Wsw. A name glued on is not read,
    nor an abbreviation in a longer word in small letters."""
    text = (
        "TransformatieSociaalDomein\n\nBeleidskader Participatiewet\n\n"
        "van de gemeente Eijsden-Margraten\n\nEigen verantwoordelijkheid Wajong Werken naar vermogen\n\n"
        "Economische onafhankelijkheid Kostenefficient WswGezond aan\n\n"
        "het werk Voor wat hoort wat WWB Zelfredzaamheid\n"
    )
    code = parse_text(text, "test.txt")
    refs = [(r.bwb, r.text) for r in code.references if r.kind == "law"]
    assert refs == [("BWBR0008657", "Wajong"), ("BWBR0008903", "Wsw"), ("BWBR0015703", "WWB")]
    for glued in ("de Wswgezond aan het werk", "de GemeentewetGezond is"):
        assert not [r for r in parse_text(glued, "t.txt").references if r.kind == "law"]
