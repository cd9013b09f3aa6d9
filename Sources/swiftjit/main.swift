import Driver

SwiftJITCommand.runMain()
