package jp.kizuna.localstack.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoVersion;

/**
 * The version the local MongoDB reports, consistent with the wire protocol it speaks.
 * mongo-java-server's {@code MONGO_5_0} claims 5.0 with the wire version of 4.2 (8); today's
 * mongosh and Node.js driver refuse anything below wire version 9 (MongoDB 4.4). The server
 * speaks OP_MSG and the commands the platform uses as 4.4 defines them, so it reports 4.4 with
 * wire version 9 — the oldest server those tools accept, and not more than it can answer.
 */
enum ReportedVersion implements MongoVersion {

    MONGO_4_4(List.of(4, 4, 0), 9);

    private final List<Integer> versionArray;
    private final int wireVersion;

    ReportedVersion(List<Integer> versionArray, int wireVersion) {
        this.versionArray = versionArray;
        this.wireVersion = wireVersion;
    }

    @Override
    public List<Integer> getVersionArray() {
        return versionArray;
    }

    @Override
    public int getWireVersion() {
        return wireVersion;
    }
}
