/// A namespace named after the module; the commands are ``SwiftJITCommand`` and its nested types.
public enum Driver {}
