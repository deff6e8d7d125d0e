package jp.kizuna.localauth.account;

/** Whether an organization is in the register: officers and partners act for one that is. */
public interface OrganizationDirectory {

    /**
     * @throws OrganizationDirectoryUnavailableException when the register cannot be asked now
     */
    boolean isRegistered(String organizationId);
}
