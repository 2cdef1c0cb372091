from gedragscode.cli import main

main()
