from .face.cli import main

main()
