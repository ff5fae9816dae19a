int e_decl_in_sub; const char *e = __FILE__;
