package fr.cellulepdp.reports.pdf;

import fr.cellulepdp.reports.typographie.TypographieFrancaise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Lays text out on A4 pages, top to bottom: headings, paragraphs that wrap and flow onto further pages, tables
 * whose header row is repeated on each page, and "page N / M" at the foot of every page. The fonts (DejaVu Sans,
 * shipped in the resources) are embedded; {@link #terminer} makes the file PDF/A-2a and PDF/UA-1 (tagged as it is
 * laid out).
 */
public final class Composition implements AutoCloseable {

    public static final float MARGE = 56f;
    private static final float BAS = 64f;
    private static final float INTERLIGNE = 1.35f;
    private static final PDRectangle FORMAT = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regulier;
    private final PDType0Font gras;
    private final Map<Integer, Boolean> glyphes = new HashMap<>();
    /** Each character's width in each font of the document, in thousandths of the font size. */
    private final Map<PDType0Font, Map<Integer, Float>> largeurs = new java.util.IdentityHashMap<>();
    private final Balisage balisage;
    private PDPageContentStream flux;
    private PDPage page;
    private float y;
    /** The element the content being drawn belongs to; null for an artifact (decoration, repeated header). */
    private PDStructureElement courant;
    /** The list the last bulleted paragraph went into, while bulleted paragraphs follow one another. */
    private PDStructureElement liste;
    /** A heading not drawn yet: it goes onto the page of the block that follows it, never alone at a page foot. */
    private TitreEnAttente titreEnAttente;

    private static final class TitreEnAttente {
        final String type;
        final String texte;
        final Style style;
        float apres;

        TitreEnAttente(String type, String texte, Style style, float apres) {
            this.type = type;
            this.texte = texte;
            this.style = style;
            this.apres = apres;
        }
    }

    /** « 1er », « 2e », « 90e », « 1re »: the ordinal's letters are drawn as superscript. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\d@._-])(\\d+)(er|re|e)(?![\\p{L}\\d@_])");

    /** The style of a run of text. */
    public enum Style {
        TITRE(15, true), SOUS_TITRE(11.5f, true), NORMAL(10, false), GRAS(10, true), PETIT(8, false);

        final float taille;
        final boolean enGras;

        Style(float taille, boolean enGras) {
            this.taille = taille;
            this.enGras = enGras;
        }
    }

    public Composition() {
        try {
            regulier = police("DejaVuSans.ttf");
            gras = police("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("police introuvable dans l'application", e);
        }
        balisage = new Balisage(document);
        nouvellePage();
    }

    /**
     * Parsing a 750 KB font takes longer than laying out a letter: each thread parses the two fonts once and
     * reuses them (a parsed font is read, never changed, by the documents; it is not shared across threads).
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> POLICES = ThreadLocal.withInitial(HashMap::new);

    private PDType0Font police(String fichier) throws IOException {
        return police(document, fichier);
    }

    /** DejaVu Sans embedded as a subset into {@code document} (a signature's appearance drawn apart). */
    public static PDType0Font policeReguliere(PDDocument document) {
        try {
            return police(document, "DejaVuSans.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("police introuvable dans l'application", e);
        }
    }

    private static PDType0Font police(PDDocument document, String fichier) throws IOException {
        TrueTypeFont police = POLICES.get().get(fichier);
        if (police == null) {
            try (InputStream flux = Composition.class.getResourceAsStream("/fr/cellulepdp/reports/polices/" + fichier)) {
                police = new TTFParser().parse(new RandomAccessReadBuffer(flux));
            }
            POLICES.get().put(fichier, police);
        }
        return PDType0Font.load(document, police, true);
    }

    public static float largeurUtile() {
        return FORMAT.getWidth() - 2 * MARGE;
    }

    /** The document being built, for what the layout does not cover (signature fields). */
    public PDDocument document() {
        return document;
    }

    public float positionVerticale() {
        return y;
    }

    public int pageCourante() {
        return document.getNumberOfPages() - 1;
    }

    /** The document's title (heading H1). */
    public void titre(String texte) {
        placerTitre(0);
        courant = bloc("H1");
        paragrapheCourant(texte, Style.TITRE, MARGE, largeurUtile());
        espace(4);
    }

    /** A section's heading (H2), kept on the page of what follows it. */
    public void sousTitre(String texte) {
        placerTitre(0);
        espace(6);
        titreEnAttente = new TitreEnAttente("H2", texte, Style.SOUS_TITRE, 2);
    }

    /** A heading within a section (H3), in bold body size, kept on the page of what follows it. */
    public void intertitre(String texte) {
        placerTitre(0);
        titreEnAttente = new TitreEnAttente("H3", texte, Style.GRAS, 0);
    }

    /** A paragraph (P); one that starts with « • » is an item of a list (L, LI) with the paragraphs around it. */
    public void paragraphe(String texte, Style style) {
        paragraphe(texte, style, MARGE, largeurUtile());
    }

    /** Text aligned on the right edge (place and date of a letter): a paragraph of one line. */
    public void aDroite(String texte, Style style) {
        PDType0Font police = style.enGras ? gras : regulier;
        String propre = propre(texte);
        placerTitre(style.taille * INTERLIGNE);
        courant = bloc("P");
        float largeur = largeur(propre, police, style.taille);
        ligne(propre, police, style.taille, FORMAT.getWidth() - MARGE - largeur);
        courant = null;
    }

    public void paragraphe(String texte, Style style, float x, float largeur) {
        placerTitre(style.taille * INTERLIGNE);
        String propre = propre(texte);
        if (!propre.startsWith(PUCE)) {
            courant = bloc("P");
            paragrapheCourant(propre, style, x, largeur);
            return;
        }
        PDStructureElement enCours = liste == null ? bloc("L") : liste;
        liste = enCours;
        PDStructureElement item = balisage.element("LI", enCours);
        PDStructureElement etiquette = balisage.element("Lbl", item);
        PDStructureElement corps = balisage.element("LBody", item);
        PDType0Font police = style.enGras ? gras : regulier;
        List<String> lignes = couper(propre, police, style.taille, largeur);
        for (int i = 0; i < lignes.size(); i++) {
            if (i == 0) {
                float hauteur = style.taille * INTERLIGNE;
                if (y - hauteur < BAS) {
                    nouvellePage();
                }
                y -= hauteur;
                float base = y + (hauteur - style.taille) / 2;
                courant = etiquette;
                texte("•", police, style.taille, x, base);
                courant = corps;
                texte(lignes.get(0).substring(PUCE.length()), police, style.taille,
                        x + largeur(PUCE, police, style.taille), base);
            } else {
                ligne(lignes.get(i), police, style.taille, x);
            }
        }
        courant = null;
    }

    private static final String PUCE = "• ";

    private void paragrapheCourant(String texte, Style style, float x, float largeur) {
        PDType0Font police = style.enGras ? gras : regulier;
        for (String ligne : couper(propre(texte), police, style.taille, largeur)) {
            ligne(ligne, police, style.taille, x);
        }
        courant = null;
    }

    /** A new block of the document (heading, paragraph, table, figure...), after those already there. */
    private PDStructureElement bloc(String type) {
        liste = null;
        return balisage.element(type, balisage.document());
    }

    /**
     * Draws the heading waiting for its block, on a new page unless it fits here with {@code hauteurSuivante}
     * points of that block.
     */
    private void placerTitre(float hauteurSuivante) {
        if (titreEnAttente == null) {
            return;
        }
        TitreEnAttente titre = titreEnAttente;
        titreEnAttente = null;
        PDType0Font police = titre.style.enGras ? gras : regulier;
        List<String> lignes = couper(propre(titre.texte), police, titre.style.taille, largeurUtile());
        float hauteur = lignes.size() * titre.style.taille * INTERLIGNE + titre.apres;
        if (y - hauteur - hauteurSuivante < BAS) {
            nouvellePage();
        }
        courant = bloc(titre.type);
        for (String ligne : lignes) {
            ligne(ligne, police, titre.style.taille, MARGE);
        }
        courant = null;
        y -= titre.apres;
    }

    public void espace(float points) {
        if (titreEnAttente != null) {
            titreEnAttente.apres += points;
            return;
        }
        y -= points;
    }

    /** Starts a new page: for a part handed back on its own sheet (a receipt); a heading waiting stays before. */
    public void sautDePage() {
        placerTitre(0);
        nouvellePage();
    }

    /** Starts a new page unless {@code hauteur} points are left on this one (a heading waiting comes along). */
    public void garderEnsemble(float hauteur) {
        placerTitre(hauteur);
        if (y - hauteur < BAS) {
            nouvellePage();
        }
    }

    /**
     * A table: the header row in bold on a light background, then the rows; cells wrap; a row never splits, and
     * the header is repeated at the top of each new page.
     */
    public void tableau(List<String> entetes, float[] proportions, List<List<String>> lignes) {
        float[] largeurs = new float[proportions.length];
        float total = 0;
        for (float p : proportions) {
            total += p;
        }
        for (int i = 0; i < proportions.length; i++) {
            largeurs[i] = largeurUtile() * proportions[i] / total;
        }
        float tailleLigne = Style.PETIT.taille * INTERLIGNE;
        garderEnsemble(tailleLigne * 3);
        PDStructureElement table = bloc("Table");
        rangee(entetes, largeurs, true, table);
        for (List<String> ligne : lignes) {
            float hauteur = hauteurRangee(ligne, largeurs, false);
            if (y - hauteur < BAS) {
                nouvellePage();
                // the header repeated on a new page is a pagination artifact: the table has it once
                rangee(entetes, largeurs, true, null);
            }
            rangee(ligne, largeurs, false, table);
        }
        espace(6);
    }

    private float hauteurRangee(List<String> cellules, float[] largeurs, boolean entete) {
        PDType0Font police = entete ? gras : regulier;
        int lignes = 1;
        for (int i = 0; i < cellules.size(); i++) {
            lignes = Math.max(lignes, couper(propre(cellules.get(i)), police, Style.PETIT.taille, largeurs[i] - 6).size());
        }
        return lignes * Style.PETIT.taille * INTERLIGNE + 6;
    }

    /** One row (TR) of {@code table}: header cells (TH, scope column) or data cells (TD); all artifact without table. */
    private void rangee(List<String> cellules, float[] largeurs, boolean entete, PDStructureElement table) {
        PDType0Font police = entete ? gras : regulier;
        float hauteur = hauteurRangee(cellules, largeurs, entete);
        float haut = y;
        try {
            courant = null;
            if (entete) {
                debutDessin();
                flux.setNonStrokingColor(0.90f, 0.92f, 0.96f);
                flux.addRect(MARGE, haut - hauteur, largeurUtile(), hauteur);
                flux.fill();
                flux.setNonStrokingColor(0f, 0f, 0f);
                finDessin();
            }
            PDStructureElement rang = table == null ? null : balisage.element("TR", table);
            float x = MARGE;
            for (int i = 0; i < cellules.size(); i++) {
                courant = rang == null ? null : cellule(rang, entete);
                float ligneY = haut - 3 - Style.PETIT.taille;
                for (String morceau : couper(propre(cellules.get(i)), police, Style.PETIT.taille, largeurs[i] - 6)) {
                    texte(morceau, police, Style.PETIT.taille, x + 3, ligneY);
                    ligneY -= Style.PETIT.taille * INTERLIGNE;
                }
                x += largeurs[i];
            }
            courant = null;
            debutDessin();
            flux.setStrokingColor(0.6f, 0.6f, 0.6f);
            flux.setLineWidth(0.4f);
            flux.moveTo(MARGE, haut - hauteur);
            flux.lineTo(MARGE + largeurUtile(), haut - hauteur);
            flux.stroke();
            finDessin();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = haut - hauteur;
    }

    private PDStructureElement cellule(PDStructureElement rang, boolean entete) {
        PDStructureElement cellule = balisage.element(entete ? "TH" : "TD", rang);
        if (entete) {
            PDTableAttributeObject portee = new PDTableAttributeObject();
            portee.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            cellule.addAttribute(portee);
        }
        return cellule;
    }

    /**
     * A figure (chart) with its text alternative: what is drawn until {@link #finFigure} belongs to it. A heading
     * waiting comes along with its first {@code hauteur} points.
     */
    void debutFigure(String alternative, float hauteur) {
        garderEnsemble(hauteur);
        courant = bloc("Figure");
        courant.setAlternateDescription(propre(alternative));
    }

    void finFigure() {
        courant = null;
    }

    /** Opens marked content for drawing (paths) of the current element, or an artifact; closed by {@link #finDessin}. */
    void debutDessin() throws IOException {
        if (courant == null) {
            flux.beginMarkedContent(COSName.ARTIFACT);
        } else {
            flux.beginMarkedContent(COSName.getPDFName(courant.getStructureType()), balisage.marquer(courant, page));
        }
    }

    void finDessin() throws IOException {
        flux.endMarkedContent();
    }

    /**
     * The {@code hauteur} points below the current position kept for a signature frame. Nothing is drawn in the
     * page: the frame is the signature field's own appearance (« À signer », then the signature itself).
     */
    public PDRectangle cadre(float hauteur, float largeur) {
        garderEnsemble(hauteur + 4);
        PDRectangle rectangle = new PDRectangle(MARGE, y - hauteur, largeur, hauteur);
        y = rectangle.getLowerLeftY() - 6;
        return rectangle;
    }

    /**
     * An empty signature field on the frame, so that the file itself says where each signature goes and whose it
     * is (the secretary signs in the second after the chair signed the first); until signed it shows
     * {@code enAttente}; {@code fonction}, kept in the field, is the one the signature shows unless the
     * certificate states its holder's.
     */
    public void champSignature(PDRectangle cadre, String signataire, String fonction, List<String> enAttente) {
        try {
            // without the fix-ups, which would add Helvetica and ZapfDingbats (not embedded) to the form and scan the system fonts
            PDAcroForm formulaire = document.getDocumentCatalog().getAcroForm(null);
            if (formulaire == null) {
                formulaire = new PDAcroForm(document);
                document.getDocumentCatalog().setAcroForm(formulaire);
            }
            PDSignatureField champ = new PDSignatureField(formulaire);
            champ.setPartialName("signature-" + (formulaire.getFields().size() + 1));
            champ.setAlternateFieldName(signataire);
            champ.setMappingName(fonction);
            PDAnnotationWidget widget = champ.getWidgets().get(0);
            widget.setRectangle(cadre);
            widget.setPrinted(true);
            widget.setPage(page);
            widget.setAppearance(ApparenceCadre.dessiner(regulier, cadre, enAttente.stream().map(this::propre)
                    .toList(), false));
            page.getAnnotations().add(widget);
            formulaire.getFields().add(champ);
            // a Form element where the frame stands in the reading order, which names what is signed there
            PDStructureElement formulaireBalise = bloc("Form");
            formulaireBalise.setAlternateDescription(propre("Signature de " + signataire + ", " + fonction));
            balisage.rattacher(widget, formulaireBalise, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An image (PNG or JPEG) in the top right corner of the current page, scaled to fit the box; an unreadable
     * image is left out rather than failing the document.
     */
    public void imageEnHautADroite(byte[] octets, float largeurMax, float hauteurMax) {
        try {
            var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, octets,
                    "logo");
            float echelle = Math.min(largeurMax / image.getWidth(), hauteurMax / image.getHeight());
            float largeur = image.getWidth() * echelle;
            float hauteur = image.getHeight() * echelle;
            // decoration: the cell's name is written beside it
            flux.beginMarkedContent(COSName.ARTIFACT);
            flux.drawImage(image, FORMAT.getWidth() - MARGE - largeur, FORMAT.getHeight() - MARGE - hauteur, largeur,
                    hauteur);
            flux.endMarkedContent();
        } catch (IOException | IllegalArgumentException e) {
            // not an image PDFBox can read: the letterhead keeps its text
        }
    }

    /** The page being drawn on, for {@link Histogramme}. */
    PDPageContentStream flux() {
        return flux;
    }

    /** Moves the current position down to {@code nouvelY} (drawings that place themselves). */
    void descendreA(float nouvelY) {
        y = nouvelY;
    }

    /** Writes one line of small text at a given place, cut with "…" to fit {@code largeurMax}. */
    void ecrirePetit(String texte, float x, float ligneY, float largeurMax) {
        String propre = propre(texte);
        while (propre.length() > 2 && largeur(propre, regulier, Style.PETIT.taille) > largeurMax) {
            propre = propre.substring(0, propre.length() - 2) + "…";
        }
        texte(propre, regulier, Style.PETIT.taille, x, ligneY);
    }

    /** A small text cut into at most {@code lignesMax} lines of {@code largeurMax} (the last one ends in « … »). */
    List<String> couperPetit(String texte, float largeurMax, int lignesMax) {
        List<String> lignes = couper(propre(texte), regulier, Style.PETIT.taille, largeurMax);
        if (lignes.size() <= lignesMax) {
            return lignes;
        }
        List<String> gardees = new ArrayList<>(lignes.subList(0, lignesMax));
        gardees.set(lignesMax - 1, gardees.get(lignesMax - 1) + " " + lignes.get(lignesMax));
        return gardees;
    }

    float largeurPetit(String texte) {
        return largeur(propre(texte), regulier, Style.PETIT.taille);
    }

    private void ligne(String texte, PDType0Font police, float taille, float x) {
        float hauteur = taille * INTERLIGNE;
        if (y - hauteur < BAS) {
            nouvellePage();
        }
        y -= hauteur;
        texte(texte, police, taille, x, y + (hauteur - taille) / 2);
    }

    /** One run of text, marked as content of the current element (or as an artifact); ordinals in superscript. */
    private void texte(String texte, PDType0Font police, float taille, float x, float ligneY) {
        if (texte.isEmpty()) {
            return;
        }
        try {
            debutDessin();
            flux.beginText();
            flux.setFont(police, taille);
            flux.newLineAtOffset(x, ligneY);
            Matcher ordinal = ORDINAL.matcher(texte);
            int debut = 0;
            while (ordinal.find()) {
                flux.showText(texte.substring(debut, ordinal.end(1)));
                flux.setFont(police, taille * 0.62f);
                flux.setTextRise(taille * 0.38f);
                flux.showText(ordinal.group(2));
                flux.setTextRise(0);
                flux.setFont(police, taille);
                debut = ordinal.end();
            }
            if (debut < texte.length()) {
                flux.showText(texte.substring(debut));
            }
            flux.endText();
            finDessin();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words that fit in {@code largeur}; a word too long for a line is cut. Paragraph breaks are kept. */
    List<String> couper(String texte, PDType0Font police, float taille, float largeur) {
        List<String> lignes = new ArrayList<>();
        for (String paragraphe : texte.split("\n", -1)) {
            StringBuilder courante = new StringBuilder();
            for (String mot : paragraphe.split(" ")) {
                String essai = courante.length() == 0 ? mot : courante + " " + mot;
                if (largeur(essai, police, taille) <= largeur) {
                    courante.setLength(0);
                    courante.append(essai);
                    continue;
                }
                if (courante.length() > 0) {
                    lignes.add(courante.toString());
                    courante.setLength(0);
                }
                String reste = mot;
                while (largeur(reste, police, taille) > largeur && reste.length() > 1) {
                    int n = reste.length() - 1;
                    while (n > 1 && largeur(reste.substring(0, n), police, taille) > largeur) {
                        n--;
                    }
                    lignes.add(reste.substring(0, n));
                    reste = reste.substring(n);
                }
                courante.append(reste);
            }
            lignes.add(courante.toString());
        }
        return lignes;
    }

    /**
     * What {@code police.getStringWidth(texte) / 1000 * taille} gives, to the last bit: PDFBox adds the glyphs'
     * widths in order, which this does from each character's width looked up once per document. Asking PDFBox for
     * every trial line (encoding the string, then looking each glyph up again) was a third of a letter's layout.
     */
    private float largeur(String texte, PDType0Font police, float taille) {
        Map<Integer, Float> connues = largeurs.computeIfAbsent(police, p -> new HashMap<>());
        float somme = 0;
        for (int i = 0; i < texte.length(); ) {
            int c = texte.codePointAt(i);
            Float glyphe = connues.get(c);
            if (glyphe == null) {
                try {
                    glyphe = police.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                connues.put(c, glyphe);
            }
            somme += glyphe;
            i += Character.charCount(c);
        }
        return somme / 1000f * taille;
    }

    /**
     * The text as drawn: French elision and typographic apostrophes wherever it was assembled, and « ? » for a
     * character the font cannot draw.
     */
    private String propre(String texte) {
        StringBuilder sortie = new StringBuilder(texte.length());
        String francais = TypographieFrancaise.apostrophes(TypographieFrancaise.elisions(texte));
        // a character the font cannot draw becomes "?", rather than failing the whole document
        francais.replace('\t', ' ').replace("\r", "").codePoints().forEach(c -> {
            boolean dessinable = c == '\n' || glyphes.computeIfAbsent(c, this::dessinable);
            sortie.appendCodePoint(dessinable ? c : '?');
        });
        return sortie.toString();
    }

    private boolean dessinable(int codePoint) {
        try {
            regulier.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void nouvellePage() {
        try {
            if (flux != null) {
                flux.close();
            }
            page = new PDPage(FORMAT);
            document.addPage(page);
            flux = new PDPageContentStream(document, page);
            y = FORMAT.getHeight() - MARGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers the pages ("page N / M", with the document's reference), applies PDF/A and returns the file. */
    public byte[] terminer(Metadonnees meta, String reference) {
        try {
            placerTitre(0);
            flux.close();
            flux = null;
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream pied = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    // the footer is a pagination artifact, out of the reading order
                    pied.beginMarkedContent(COSName.ARTIFACT);
                    String numero = "page " + (i + 1) + " / " + total;
                    pied.beginText();
                    pied.setFont(regulier, Style.PETIT.taille);
                    pied.newLineAtOffset(MARGE, 32);
                    pied.showText(propre(reference));
                    pied.endText();
                    pied.beginText();
                    pied.setFont(regulier, Style.PETIT.taille);
                    pied.newLineAtOffset(FORMAT.getWidth() - MARGE - largeur(numero, regulier, Style.PETIT.taille), 32);
                    pied.showText(numero);
                    pied.endText();
                    pied.endMarkedContent();
                }
            }
            balisage.terminer();
            PdfA.appliquer(document, meta);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
