import ArgumentParser
import Foundation
import MarshrutPrint
import MarshrutText

/// Where a printed document goes and in which format: `route print` and `program print`.
struct PrintOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIText.printFormatHelp, valueName: "docx|html|pdf")) var format: PrintFormat?
    @Option(help: ArgumentHelp(CLIText.printOutHelp, valueName: "file")) var out: String?
    @Flag(help: ArgumentHelp(CLIText.printForceHelp)) var force = false

    /// The format asked for, else the one `--out`'s extension names, else HTML for standard output.
    func chosenFormat() throws -> PrintFormat {
        if let format { return format }
        guard let out else { return .html }
        guard let named = PrintFormat(fileName: out) else { throw ValidationError(CLIText.unknownExtension(out)) }
        return named
    }

    func validate() throws {
        let format = try chosenFormat()
        if out == nil, format != .html { throw ValidationError(CLIText.giveOut(format)) }
    }

    /// Writes the document where asked: HTML to standard output without `--out`, else the file.
    func deliver(_ data: Data, _ context: Context) throws {
        guard let out else { return context.print(String(decoding: data, as: UTF8.self), terminator: "") }
        try PrintOutput.write(data, to: out, replacing: force)
        context.print(CLIText.printed(out, bytes: data.count))
    }
}

extension PrintFormat: ExpressibleByArgument {}
