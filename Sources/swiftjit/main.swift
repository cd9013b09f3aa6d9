import Driver

SwiftJITCommand.main()
