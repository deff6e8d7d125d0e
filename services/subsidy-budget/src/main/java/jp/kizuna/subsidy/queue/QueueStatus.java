package jp.kizuna.subsidy.queue;

public enum QueueStatus {
    WAITING,
    FUNDED
}
