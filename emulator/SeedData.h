// SeedData: the content a fresh emulator starts with. demo() makes a realistic organization
// (services, CI, read-only dashboards, risky wildcard writers, disabled and never-used keys,
// a few console-made keys with protected scopes) and a second organization; generated()
// makes COUNT uniform keys for benchmarks.
#pragma once

namespace discue {

class KeyStore;

class SeedData
{
public:
    static constexpr auto primaryOrganization = "org-acme";
    static constexpr auto secondOrganization = "org-globex";

    static void demo(KeyStore &store);
    static void generated(KeyStore &store, int count);
};

} // namespace discue
