extension WordPackage {
    /// The styles the document uses: Times New Roman 12 pt (with Cyrillic, as schools expect), a
    /// centred bold title, two heading levels that keep with the next paragraph, and table text.
    static func styles(language: PrintLanguage) -> String {
        let font = "Times New Roman"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(wordNamespace)">\
            <w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="\(font)" w:hAnsi="\(font)" w:eastAsia="\(font)" w:cs="\(font)"/>\
            <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="\(language.rawValue)" w:eastAsia="\(language.rawValue)" w:bidi="ar-SA"/>\
            </w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="160"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>\
            <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
            </w:styles>
            """
    }
}
