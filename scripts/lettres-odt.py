#!/usr/bin/env python3
"""Writes one OpenDocument text (.odt) per PDF letter, with the letter's text (pdftotext, a paragraph per line), for
LibreOffice to convert in scripts/benchmark-pack-libreoffice.sh. Usage: lettres-odt.py PDF_FOLDER ODT_FOLDER"""
import pathlib
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF}><office:font-face-decls><style:font-face style:name="DejaVu Sans"
 svg:font-family="'DejaVu Sans'"/></office:font-face-decls><office:styles><style:default-style
 style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"
 fo:language="fr" fo:country="FR"/></style:default-style></office:styles></office:document-styles>'''
MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''


def odt(texte, chemin):
    paragraphes = ''.join(f'<text:p>{escape(ligne)}</text:p>' for ligne in texte.replace('\f', '').splitlines())
    contenu = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF}><office:body>'
               f'<office:text>{paragraphes}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(chemin, 'w') as z:
        # the mimetype first and stored, as ODF requires
        z.writestr('mimetype', 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        z.writestr('content.xml', contenu, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('styles.xml', STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('META-INF/manifest.xml', MANIFEST, compress_type=zipfile.ZIP_DEFLATED)


source, cible = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
cible.mkdir(parents=True, exist_ok=True)
for pdf in sorted(source.glob('*.pdf')):
    texte = subprocess.run(['pdftotext', '-layout', str(pdf), '-'], capture_output=True, text=True, check=True).stdout
    odt(texte, cible / (pdf.stem + '.odt'))
