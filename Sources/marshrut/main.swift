import Foundation
import MarshrutCLI

exit(Marshrut.runAsProcess())
