from eventline.cli import main

raise SystemExit(main())
