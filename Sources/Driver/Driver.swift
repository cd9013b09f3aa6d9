public enum Driver {}
