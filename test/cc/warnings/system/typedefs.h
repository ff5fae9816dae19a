/* A system header's typedefs (-isystem system): a record named in the implementation's
   namespace is shown by its typedef's name alone, anything else with {aka ...}. */
struct _Reserved { int a; };
struct visible { int a; };
enum __mode { MODE_A };
union _Cell { int i; float f; };
typedef struct _Reserved Reserved;
typedef struct visible Visible;
typedef enum __mode mode_t2;
typedef union _Cell Cell;
typedef unsigned long __word;
typedef __word word;
typedef struct _Reserved *ReservedP;
typedef Reserved __inner;
typedef __inner Outer;
