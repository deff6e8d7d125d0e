package jp.kizuna.gateway.apikey;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.kizuna.platform.contracts.ApiKeys;

/**
 * The partner keys this gateway replica accepts, by the hash of the key ({@link ApiKeys#hash}, the
 * one the registry publishes). Filled and kept current by {@link ApiKeyTopicReader}; until it has read the topic
 * to its end once, the directory is not {@linkplain #loaded() loaded} and key calls are answered 503.
 */
public class ApiKeyDirectory {

    private final Map<String, PartnerKey> byHash = new ConcurrentHashMap<>();
    private final Map<String, String> hashById = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public Optional<PartnerKey> find(String presentedKey) {
        return Optional.ofNullable(byHash.get(ApiKeys.hash(presentedKey)));
    }

    /** Takes the latest state of a key. */
    public void put(String secretSha256, PartnerKey key) {
        String previous = hashById.put(key.keyId(), secretSha256);
        if (previous != null && !previous.equals(secretSha256)) {
            byHash.remove(previous);
        }
        byHash.put(secretSha256, key);
    }

    /** Forgets a key whose record was deleted from the compacted topic. */
    public void remove(String keyId) {
        String hash = hashById.remove(keyId);
        if (hash != null) {
            byHash.remove(hash);
        }
    }

    public boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    public int size() {
        return byHash.size();
    }
}
