int noguard_decl;
