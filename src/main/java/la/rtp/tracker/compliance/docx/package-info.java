/**
 * The reports as Word documents (Office Open XML, written with Apache POI), for the secretariats
 * to edit before they circulate them. {@link la.rtp.tracker.compliance.docx.DocxDocument} and
 * {@link la.rtp.tracker.compliance.docx.DocxTable} are the building blocks of any document
 * (styles, headings, paragraphs, tables, money, page layout),
 * {@link la.rtp.tracker.compliance.docx.ComplianceDocx} the compliance blocks (matrix, figures),
 * {@link la.rtp.tracker.compliance.docx.ProgressDocx} the consolidated progress report. Renderers
 * take finished report values and a language; they read nothing themselves.
 */
package la.rtp.tracker.compliance.docx;
